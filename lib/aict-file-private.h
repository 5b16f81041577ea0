/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Safe reading of untrusted files and streams, and crash-safe saving. */

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads the whole regular file @path, at most @max_size bytes.
 * open(O_RDONLY|O_CLOEXEC|O_NOCTTY|O_NONBLOCK) first (so a FIFO does not
 * block), then fstat(): a directory, FIFO, device or socket is
 * AICT_ERROR_IO ("DISPLAY: is a directory", "… is not a regular file");
 * st_size > max_size is AICT_ERROR_LIMIT; then reads up to max_size + 1 bytes
 * (the file may grow meanwhile) and fails with AICT_ERROR_LIMIT if it got
 * more than max_size.  open/read errors are AICT_ERROR_IO with strerror text.
 * Every message starts with g_filename_display_name (path) and is UTF-8. */
GBytes   *aict_file_read_bounded    (const char    *path,
                                     gsize          max_size,
                                     GError       **error);

/* Reads @stream to its end, at most @max_size bytes (AICT_ERROR_LIMIT past
 * that, reading at most max_size + 1 bytes); stream errors become
 * AICT_ERROR_IO prefixed by @display_name, except cancellation: @cancellable
 * is checked before each read (not every stream does), and a cancelled read
 * fails with G_IO_ERROR_CANCELLED as GIO reports it. */
GBytes   *aict_stream_read_bounded  (GInputStream  *stream,
                                     gsize          max_size,
                                     const char    *display_name,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* Replaces @path with @data atomically and durably: writes a temporary file
 * ".BASENAME.aict-tmp-PID-RANDOM" in the same directory (mode 0666 & ~umask,
 * or the mode of the existing file), fsync()s it, rename()s it over @path,
 * fsync()s the directory.  After a crash at any point, @path holds either the
 * old or the new bytes.  Before writing, removes leftover temporaries of
 * @path whose PID no longer runs (so a killed save leaves no stray after the
 * next save).  On any failure the temporary is removed, @path is untouched,
 * and the error is AICT_ERROR_IO naming the display name and the step.
 * If @path is a symlink, the link itself is replaced by a regular file
 * (documented).  If @path (or the file a symlink points to) exists and is
 * not a regular file, nothing is written: a directory is AICT_ERROR_IO
 * "cannot replace the file: Is a directory", a FIFO, device or socket is
 * AICT_ERROR_IO "cannot replace the file: it is not a regular file (a FIFO)"
 * (renaming over it would destroy it, e.g. /dev/null when run as root). */
gboolean  aict_file_save_atomic     (const char    *path,
                                     const char    *data,
                                     gsize          len,
                                     GError       **error);

/* aict_file_save_atomic() that can be stopped and followed: @cancellable
 * (may be NULL) is checked before anything is written, between writes of
 * 256 KiB and before the rename; a cancelled save removes its temporary,
 * leaves @path untouched and fails with G_IO_ERROR_CANCELLED.  After the
 * rename it is done: the save succeeds.  @progress (may be NULL) is called
 * at the same points with the bytes written so far and @len. */
typedef void (*AictFileProgressFunc) (guint64   current,
                                      guint64   total,
                                      gpointer  user_data);
gboolean  aict_file_save_atomic_full (const char            *path,
                                      const char            *data,
                                      gsize                  len,
                                      GCancellable          *cancellable,
                                      AictFileProgressFunc   progress,
                                      gpointer               progress_data,
                                      GError               **error);

/* Test seam for fault injection (tests/test-io-faults.c): when set, called before each
 * step of aict_file_save_atomic() ("open", "write" before each write(),
 * "fsync", "close", "rename", "fsync-dir") and before each read() of
 * aict_file_read_bounded() ("read") with the step name; returning an errno
 * value other than 0 makes the step fail with that errno (EINTR is retried
 * where the real call would be).  NULL by default.  Not thread-safe: tests
 * only. */
typedef int (*AictFileFaultHook) (const char *step, gpointer user_data);
void      aict_file_set_fault_hook  (AictFileFaultHook hook,
                                     gpointer          user_data);

G_END_DECLS
