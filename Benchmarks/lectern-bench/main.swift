// `lectern-bench [NAME] [options]`: each benchmark lives in its own file and prints its
// figures; without a name (`make bench`) every benchmark runs with its defaults.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "calc":
    CalcBenchmark.run(Array(arguments.dropFirst()))
case "math":
    MathBenchmark.run(Array(arguments.dropFirst()))
case "math-dump":
    MathDump.run(Array(arguments.dropFirst()))
case "course":
    CourseGenerator.main(Array(arguments.dropFirst()))
case "passes":
    PassBenchmark.run(Array(arguments.dropFirst()))
case "incremental":
    IncrementalBenchmark.run(Array(arguments.dropFirst()))
case "site":
    SiteBenchmark.run(Array(arguments.dropFirst()))
case nil:
    MathBenchmark.run([])
    CalcBenchmark.run([])
    SiteBenchmark.run([])
default:
    print("usage: lectern-bench [calc [options] | site [LESSONS] [--rounds N] [--lectern PATH] [--templates PATH] [--keep] | math-dump FILE.json... | course LESSONS FOLDER | incremental LESSONS FOLDER [--edits N] [--templates PATH] | passes FOLDER [--threads 1,2] [--rounds N] | math [--rounds N] [--sample N] [--corpus PATH] [--katex PATH] [--texmath-only]]")
}
