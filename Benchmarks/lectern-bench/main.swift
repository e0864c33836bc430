// `lectern-bench [NAME] [options]`: each benchmark lives in its own file and prints its
// figures; without a name (`make bench`) every benchmark runs with its defaults.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "calc":
    CalcBenchmark.run(Array(arguments.dropFirst()))
case "math":
    MathBenchmark.run(Array(arguments.dropFirst()))
case nil:
    MathBenchmark.run([])
    CalcBenchmark.run([])
default:
    print("usage: lectern-bench [calc [options] | math [--rounds N] [--sample N] [--corpus PATH] [--katex PATH]]")
}
