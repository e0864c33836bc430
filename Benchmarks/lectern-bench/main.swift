// Each benchmark is a subcommand: `lectern-bench calc`, `lectern-bench math`.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "calc": CalcBenchmark.run(Array(arguments.dropFirst()))
default: print("usage: lectern-bench calc")
}
