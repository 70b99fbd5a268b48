#define _GNU_SOURCE
#include "signal_safe.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif
#include <unistd.h>

static char paths[SALESPLAN_PARTIAL_SLOTS][SALESPLAN_PARTIAL_PATH_MAX];
/* 1 while a slot holds a registered path: set after the path is written (release), read by
 * the handler before the path (acquire), so the handler never sees a half-written path. */
static atomic_int used[SALESPLAN_PARTIAL_SLOTS];
/* Serialises register and release with each other (never taken by the handler). */
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static int claimed[SALESPLAN_PARTIAL_SLOTS];

int salesplan_partial_register(const char *path) {
    size_t length = strlen(path);
    if (length >= SALESPLAN_PARTIAL_PATH_MAX) return -1;
    pthread_mutex_lock(&slots_lock);
    int slot = -1;
    for (int index = 0; index < SALESPLAN_PARTIAL_SLOTS; index++) {
        if (!claimed[index]) { slot = index; claimed[index] = 1; break; }
    }
    pthread_mutex_unlock(&slots_lock);
    if (slot < 0) return -1;
    memcpy(paths[slot], path, length + 1);
    atomic_store_explicit(&used[slot], 1, memory_order_release);
    return slot;
}

void salesplan_partial_release(int slot) {
    if (slot < 0 || slot >= SALESPLAN_PARTIAL_SLOTS) return;
    atomic_store_explicit(&used[slot], 0, memory_order_release);
    pthread_mutex_lock(&slots_lock);
    claimed[slot] = 0;
    pthread_mutex_unlock(&slots_lock);
}

#if defined(__linux__)
/* The directory entries of getdents64, as the kernel lays them out. */
struct linux_dirent64 {
    unsigned long long d_ino;
    long long d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

/* Empties the directory open as `fd`, depth-first; `depth` bounds the recursion (report folders
 * are one or two levels deep). Returns 0 when it is empty. Scans again after removing entries,
 * since removing while reading may skip some. */
static int empty_directory(int fd, int depth) {
    char buffer[2048];
    for (int pass = 0; pass < 64; pass++) {
        int removed = 0, remaining = 0;
        lseek(fd, 0, SEEK_SET);
        for (;;) {
            long bytes = syscall(SYS_getdents64, fd, buffer, sizeof buffer);
            if (bytes <= 0) break;
            for (long offset = 0; offset < bytes;) {
                struct linux_dirent64 *entry = (struct linux_dirent64 *)(buffer + offset);
                offset += entry->d_reclen;
                const char *name = entry->d_name;
                if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
                if (unlinkat(fd, name, 0) == 0) { removed++; continue; }
                if ((errno == EISDIR || errno == EPERM) && depth > 0) {
                    int child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                    if (child >= 0) {
                        empty_directory(child, depth - 1);
                        close(child);
                    }
                    if (unlinkat(fd, name, AT_REMOVEDIR) == 0) { removed++; continue; }
                }
                remaining++;
            }
        }
        if (remaining == 0 && removed == 0) return 0;
        if (removed == 0) return -1;
    }
    return -1;
}

#else
/* Elsewhere (macOS) through readdir, which is not async-signal-safe: the project's platform is
 * Linux; this keeps other builds working. */
static int empty_directory(int fd, int depth) {
    int copy = dup(fd);
    if (copy < 0) return -1;
    DIR *directory = fdopendir(copy);
    if (!directory) { close(copy); return -1; }
    int remaining = 0;
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
        if (unlinkat(fd, name, 0) == 0) continue;
        if ((errno == EISDIR || errno == EPERM) && depth > 0) {
            int child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0) { empty_directory(child, depth - 1); close(child); }
            if (unlinkat(fd, name, AT_REMOVEDIR) == 0) continue;
        }
        remaining++;
    }
    closedir(directory);
    return remaining == 0 ? 0 : -1;
}
#endif

int salesplan_remove_tree(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT ? 0 : -1;
    empty_directory(fd, 8);
    close(fd);
    if (rmdir(path) == 0 || errno == ENOENT) return 0;
    return -1;
}

const char *salesplan_partial_registered_path(int slot) {
    if (slot < 0 || slot >= SALESPLAN_PARTIAL_SLOTS) return 0;
    return atomic_load_explicit(&used[slot], memory_order_acquire) ? paths[slot] : 0;
}

void salesplan_partial_remove_all(void) {
    int saved = errno;
    for (int slot = 0; slot < SALESPLAN_PARTIAL_SLOTS; slot++) {
        const char *path = salesplan_partial_registered_path(slot);
        if (path) salesplan_remove_tree(path);
    }
    errno = saved;
}
