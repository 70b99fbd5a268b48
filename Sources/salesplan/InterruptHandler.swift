import CSignalSafe
import Foundation

/// On Ctrl-C, SIGTERM or SIGHUP (terminal closed, SSH dropped), removes any half-written report
/// folder before exiting, so that an interrupted run leaves nothing behind; the process then dies
/// of the same signal (exit status 128 + its number).
///
/// The handler calls only async-signal-safe code — `salesplan_partial_remove_all`, system calls
/// on the fixed slots SalesPlanKit's `PartialOutputs` registers folders in, no locks, no
/// allocation, no Swift runtime — then restores the default action and raises the signal again.
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
                salesplan_partial_remove_all()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
