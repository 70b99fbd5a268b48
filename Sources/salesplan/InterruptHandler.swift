import Foundation
import SalesPlanKit

/// On Ctrl-C, SIGTERM or SIGHUP (terminal closed, SSH dropped), removes any half-written report folder before exiting, so that an
/// interrupted run leaves nothing behind.
enum InterruptHandler {
    static func install() {
        // A parent may start us with these signals blocked (some process launchers do); Ctrl-C
        // must still stop the run.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                PartialOutputs.shared.removeAll()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
