#ifndef SALESPLAN_SIGNAL_SAFE_H
#define SALESPLAN_SIGNAL_SAFE_H

/* Partial report folders, removable from a signal handler.
 *
 * A signal handler may only call async-signal-safe functions: no locks, no malloc, nothing of
 * Foundation's. The folders being written are kept here in fixed slots (registered and
 * released from ordinary code), and removed by raw system calls (openat, getdents64, unlinkat,
 * close), so an interrupt that lands while the program holds a lock or is inside malloc still
 * removes them and exits, instead of waiting forever on a lock it interrupted. */

/* How many folders can be registered at once, and their longest path (bytes, with the NUL). */
#define SALESPLAN_PARTIAL_SLOTS 16
#define SALESPLAN_PARTIAL_PATH_MAX 4096

/* Registers `path`; returns its slot, or -1 when every slot is taken or the path is too long
 * (then only the next run's clean-up of stale folders removes it). Not for signal handlers. */
int salesplan_partial_register(const char *path);

/* Releases a slot from salesplan_partial_register (-1 is ignored). Not for signal handlers. */
void salesplan_partial_release(int slot);

/* The path registered in `slot`, or NULL when the slot is free. Async-signal-safe. */
const char *salesplan_partial_registered_path(int slot);

/* Removes every registered folder and its contents. Async-signal-safe. */
void salesplan_partial_remove_all(void);

/* Removes the folder at `path` and everything in it (not following symbolic links); returns 0
 * when it no longer exists. Async-signal-safe. */
int salesplan_remove_tree(const char *path);

#endif
