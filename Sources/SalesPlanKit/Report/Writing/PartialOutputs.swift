import CSignalSafe
import Foundation

/// Temporary report folders being written, so that an interrupt can remove them.
///
/// The paths live in the fixed slots of `CSignalSafe`, not in Swift collections: `salesplan`'s
/// interrupt handler removes them from a signal handler (`salesplan_partial_remove_all`), where
/// taking a lock or allocating memory could wait forever on a lock the interrupted code held.
/// Registering and releasing happen in ordinary code.
enum PartialOutputs {
    /// A registered folder's slot (−1: every slot taken or the path too long; such a folder is
    /// left to ``StaleReportFolders`` of the next run).
    struct Registration {
        let slot: Int32
    }

    static func register(_ url: URL) -> Registration {
        Registration(slot: salesplan_partial_register(url.path))
    }

    static func release(_ registration: Registration) {
        salesplan_partial_release(registration.slot)
    }
}
