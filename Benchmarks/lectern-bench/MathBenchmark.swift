import Foundation
import TeXMath

/// TeXMath's throughput on the formula corpus beside KaTeX's, measured in the same run.
///
/// KaTeX is timed twice: as a command-line call (one `node` process per formula, start-up
/// included, on a sample) and in-process (one `node` process rendering the whole corpus in a
/// loop after a warm-up, timing only the loop).
enum MathBenchmark {
    struct Formula {
        let tex: String
        let display: Bool
    }

    static func run(_ arguments: [String]) {
        let rounds = option("--rounds", in: arguments) ?? 200
        let sample = option("--sample", in: arguments) ?? 50
        let corpusPath = value("--corpus", in: arguments) ?? "Tests/TeXMathTests/Fixtures/formulas.json"
        let script = value("--katex", in: arguments) ?? "Benchmarks/katex/bench.js"
        guard let formulas = load(corpusPath), !formulas.isEmpty else {
            print("math: cannot read the corpus at \(corpusPath) (run from the package root or pass --corpus)")
            return
        }

        let swift = measureTeXMath(formulas, rounds: rounds)
        let swiftRate = swift.perSecond
        let swiftCPURate = Double(rounds * formulas.count) / swift.cpuSeconds
        print("math corpus: \(formulas.count) formulas")
        print(String(format: "TeXMath (in-process, %d rounds):        %12.0f formulas/s", rounds, swiftRate))
        print(String(format: "TeXMath per CPU-second (user + sys):     %12.0f formulas/s", swiftCPURate))
        // `--texmath-only` leaves KaTeX out, for profilers that should see only TeXMath.
        if arguments.contains("--texmath-only") { return }

        let katexRounds = max(rounds / 10, 5)
        if let (loopRate, loopCPURate) = measureKaTeXLoop(script: script, corpus: corpusPath, rounds: katexRounds) {
            print(String(format: "KaTeX excluding start (%d rounds):       %12.0f formulas/s", katexRounds, loopRate))
            print(String(format: "KaTeX per CPU-second (user + sys):       %12.0f formulas/s", loopCPURate))
            print(String(format: "ratio excluding start:                   %12.1fx (target >= 10x)", swiftRate / loopRate))
            print(String(format: "ratio in CPU time:                       %12.1fx (target >= 10x)", swiftCPURate / loopCPURate))
        } else {
            print("KaTeX excluding start: node or katex unavailable (NODE_PATH=/usr/share/nodejs)")
        }
        let chosen = Array(formulas.prefix(sample))
        if let processRate = measureKaTeXProcesses(script: script, formulas: chosen) {
            print(String(format: "KaTeX including start (%d processes):    %12.1f formulas/s", chosen.count, processRate))
            print(String(format: "ratio including start:                   %12.0fx (target >= 50x)", swiftRate / processRate))
        } else {
            print("KaTeX including start: node or katex unavailable")
        }
    }

    /// Formulas per second of wall time, and the CPU time (user + system) of the timed rounds,
    /// which moves less than wall time when other processes share the cores.
    static func measureTeXMath(_ formulas: [Formula], rounds: Int) -> (perSecond: Double, cpuSeconds: Double) {
        var checksum = 0
        // One warm-up round fills the lazily built symbol tables.
        for formula in formulas { checksum &+= TeXMath.convert(formula.tex, display: formula.display).mathML?.utf8.count ?? 0 }
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        let start = clock.now
        for _ in 0..<rounds {
            for formula in formulas {
                checksum &+= TeXMath.convert(formula.tex, display: formula.display).mathML?.utf8.count ?? 0
            }
        }
        let elapsed = clock.now - start
        let cpu = cpuSeconds() - cpuStart
        if checksum == 42 { print("") }  // keeps the work observable to the optimiser
        return (Double(rounds * formulas.count) / seconds(elapsed), cpu)
    }

    /// User plus system time of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// KaTeX's formulas per second of wall time and per CPU-second.
    static func measureKaTeXLoop(script: String, corpus: String, rounds: Int) -> (Double, Double)? {
        guard let output = runNode([script, "loop", corpus, String(rounds)]),
              let data = output.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let count = object["formulas"] as? Double ?? (object["formulas"] as? Int).map(Double.init),
              let time = object["seconds"] as? Double, time > 0,
              let cpu = object["cpuSeconds"] as? Double, cpu > 0 else { return nil }
        return (count / time, count / cpu)
    }

    static func measureKaTeXProcesses(script: String, formulas: [Formula]) -> Double? {
        let clock = ContinuousClock()
        let start = clock.now
        for formula in formulas {
            guard runNode([script, "one", formula.tex, formula.display ? "display" : "inline"]) != nil else { return nil }
        }
        return Double(formulas.count) / seconds(clock.now - start)
    }

    /// Runs `node` with KaTeX on its module path; the standard output, or nil on failure.
    static func runNode(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NODE_PATH"] = ["/usr/share/nodejs", environment["NODE_PATH"]].compactMap { $0 }.joined(separator: ":")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func load(_ path: String) -> [Formula]? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["formulas"] as? [[String: Any]] else { return nil }
        return items.compactMap { item in
            guard let tex = item["tex"] as? String else { return nil }
            return Formula(tex: tex, display: item["display"] as? Bool ?? true)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    static func value(_ name: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    static func option(_ name: String, in arguments: [String]) -> Int? {
        value(name, in: arguments).flatMap { Int($0) }
    }
}
