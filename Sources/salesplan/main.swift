import SalesPlanKit
import Foundation
let loaded = try ScenarioLoader().load(CommandLine.arguments[1])
let threads = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2])! : ProcessInfo.processInfo.activeProcessorCount
let engine = MonteCarloEngine(scenario: loaded.scenario)
let t0 = Date()
let r = engine.run(SimulationOptions(trials: loaded.scenario.simulation.trials, seed: loaded.scenario.simulation.seed, threads: threads))
let dt = Date().timeIntervalSince(t0)
let h = r.headline
print("payout mean \(h.variableComp.mean) p5 \(h.variableComp.p5) p50 \(h.variableComp.p50) p95 \(h.variableComp.p95) max \(h.variableComp.max)")
print("revenue mean \(h.revenue.mean) p50 \(h.revenue.p50) goalmet \(h.goalMet.probability) atq \(h.shareAtQuota.mean)")
print("engine seconds \(dt)")
