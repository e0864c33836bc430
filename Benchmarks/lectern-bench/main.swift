// `lectern-bench NAME [options]`: each benchmark lives in its own file and prints its figures.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "math":
    MathBenchmark.run(Array(arguments.dropFirst()))
default:
    print("usage: lectern-bench math [--rounds N] [--sample N]")
}
