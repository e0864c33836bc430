// `lectern-bench [NAME] [options]`: each benchmark lives in its own file and prints its
// figures; without a name (`make bench`) every benchmark runs with its defaults.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "math":
    MathBenchmark.run(Array(arguments.dropFirst()))
case "calc":
    CalcBenchmark.run(Array(arguments.dropFirst()))
case nil:
    MathBenchmark.run([])
    CalcBenchmark.run([])
default:
    print("usage: lectern-bench [math [--rounds N] [--sample N] [--corpus PATH] [--katex PATH]] | [calc [LESSONS] [--no-peer]]")
}
