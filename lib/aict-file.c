/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Bounded reading of untrusted files and streams, and atomic, durable
 * saving; see aict-file-private.h for the contracts and doc/reliability.md §B5,
 * §C ("Huge file") and §D3 for the reasons.
 *
 * Saving, step by step (each step is named for the fault hook):
 *
 *   open the directory (O_DIRECTORY), which is later fsync()ed;
 *   remove stale temporaries ".BASENAME.aict-tmp-PID-RANDOM" of dead PIDs;
 *   "open":      create the temporary with O_CREAT|O_EXCL;
 *                fchmod() it to the mode of the file it replaces;
 *   "write":     before each write();
 *   "fsync":     fsync() the temporary;
 *   "close":     close() it;
 *   "rename":    renameat() it over the target;
 *   "fsync-dir": fsync() the directory, so the rename itself is durable.
 *
 * Every path name operation after the first is relative to the directory
 * descriptor, so a directory renamed meanwhile cannot split the temporary
 * and the target.  The temporary is registered in a process-wide set while
 * it exists: a leftover carrying our own PID (from an earlier process that
 * had the same PID) is stale exactly when it is not in that set, and other
 * threads' temporaries are never touched. */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <aict/aict-error.h>

#include "aict-file-private.h"
#include "aict-i18n-private.h"
#include "aict-message-private.h"

/* The test seam (see aict-file-private.h). */

static AictFileFaultHook fault_hook;
static gpointer fault_hook_data;

void
aict_file_set_fault_hook (AictFileFaultHook hook,
                          gpointer          user_data)
{
  fault_hook = hook;
  fault_hook_data = user_data;
}

/* 0 to go on with @step, or the errno the test seam wants it to fail with. */
static int
injected_fault (const char *step)
{
  return fault_hook != NULL ? fault_hook (step, fault_hook_data) : 0;
}

/* Reading. */

static const char *
describe_file_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return N_("a directory");
  if (S_ISFIFO (mode))
    return N_("a FIFO");
  if (S_ISCHR (mode))
    return N_("a character device");
  if (S_ISBLK (mode))
    return N_("a block device");
  if (S_ISSOCK (mode))
    return N_("a socket");
  if (S_ISLNK (mode))
    return N_("a symbolic link");
  return N_("of an unknown type");
}

static void
set_not_regular_error (GError     **error,
                       const char  *display,
                       mode_t       mode)
{
  if (S_ISDIR (mode))
    g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                 _("%s: is a directory"), display);
  else
    g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                 _("%s: is not a regular file (%s)"), display, _(describe_file_type (mode)));
}

typedef enum
{
  STEP_OPEN,
  STEP_STAT,
  STEP_READ,
  STEP_REPLACE,
  STEP_OPEN_DIR,
  STEP_CREATE_TEMP,
  STEP_CHMOD_TEMP,
  STEP_WRITE,
  STEP_FLUSH,
  STEP_CLOSE_TEMP,
} Step;

/* One whole message per step, for translators. */
static void
set_errno_error (GError     **error,
                 const char  *display,
                 Step         step,
                 int          errsv)
{
  switch (step)
    {
    case STEP_OPEN:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot open: %s"), display, g_strerror (errsv));
      break;
    case STEP_STAT:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot get information about: %s"), display, g_strerror (errsv));
      break;
    case STEP_READ:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot read: %s"), display, g_strerror (errsv));
      break;
    case STEP_REPLACE:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot replace the file: %s"), display, g_strerror (errsv));
      break;
    case STEP_OPEN_DIR:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot open the directory: %s"), display, g_strerror (errsv));
      break;
    case STEP_CREATE_TEMP:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot create a temporary file: %s"), display, g_strerror (errsv));
      break;
    case STEP_CHMOD_TEMP:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot set the permissions of the temporary file: %s"), display, g_strerror (errsv));
      break;
    case STEP_WRITE:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot write: %s"), display, g_strerror (errsv));
      break;
    case STEP_FLUSH:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot flush to disk: %s"), display, g_strerror (errsv));
      break;
    case STEP_CLOSE_TEMP:
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot close the temporary file: %s"), display, g_strerror (errsv));
      break;
    default:
      g_assert_not_reached ();
    }
}

GBytes *
aict_file_read_bounded (const char  *path,
                        gsize        max_size,
                        GError     **error)
{
  g_autofree char *display = NULL;
  struct stat st;
  gsize limit, alloc, len = 0;
  char *buf;
  int fd, flags;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);

  /* O_NONBLOCK: opening a FIFO without a writer must not block; fstat()
   * then rejects it. */
  do
    fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      int errsv = errno;

      /* A socket cannot be opened (ENXIO): say what it is instead. */
      if (errsv == ENXIO && stat (path, &st) == 0 && !S_ISREG (st.st_mode))
        set_not_regular_error (error, display, st.st_mode);
      else
        set_errno_error (error, display, STEP_OPEN, errsv);
      return NULL;
    }

  if (fstat (fd, &st) < 0)
    {
      set_errno_error (error, display, STEP_STAT, errno);
      close (fd);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      set_not_regular_error (error, display, st.st_mode);
      close (fd);
      return NULL;
    }

  if (st.st_size < 0 || (guint64) st.st_size > (guint64) max_size)
    {
      _aict_set_limit_error (error, "max-file-size",
                             _("%s: file is %lld bytes, more than the limit of %llu bytes"),
                             display, (long long) st.st_size, (unsigned long long) max_size);
      close (fd);
      return NULL;
    }

  /* Regular files ignore O_NONBLOCK today; clear it anyway so that reads
   * have their ordinary blocking meaning. */
  flags = fcntl (fd, F_GETFL);
  if (flags < 0 || fcntl (fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
    {
      set_errno_error (error, display, STEP_OPEN, errno);
      close (fd);
      return NULL;
    }

  /* Read up to max_size + 1 bytes: the file may have grown since fstat().
   * The first buffer has one byte more than the file, so an unchanged file
   * is read in one read() plus one that returns 0. */
  limit = max_size < G_MAXSIZE ? max_size + 1 : G_MAXSIZE;
  alloc = (gsize) st.st_size + 1;
  buf = g_malloc (alloc);

  for (;;)
    {
      gssize n = 0;
      int errsv;

      if (len == alloc)
        {
          if (alloc == limit)
            break;
          alloc = alloc <= limit / 2 ? MAX (alloc * 2, 4096) : limit;
          alloc = MIN (alloc, limit);
          buf = g_realloc (buf, alloc);
        }

      errsv = injected_fault ("read");
      if (errsv == 0)
        {
          n = read (fd, buf + len, MIN (alloc - len, (gsize) G_MAXSSIZE));
          if (n < 0)
            errsv = errno;
        }
      if (errsv != 0)
        {
          if (errsv == EINTR)
            continue;
          set_errno_error (error, display, STEP_READ, errsv);
          g_free (buf);
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      len += n;
    }

  close (fd);   /* read-only: nothing to lose */

  if (len > max_size)
    {
      _aict_set_limit_error (error, "max-file-size",
                             _("%s: file is more than the limit of %llu bytes "
                               "(it grew while being read)"),
                             display, (unsigned long long) max_size);
      g_free (buf);
      return NULL;
    }

  return g_bytes_new_take (buf, len);
}

#define STREAM_CHUNK (64 * 1024)

GBytes *
aict_stream_read_bounded (GInputStream  *stream,
                          gsize          max_size,
                          const char    *display_name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  const char *display = display_name != NULL ? display_name : "<stream>";
  gsize limit, alloc = 0, len = 0;
  char *buf = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A plain buffer rather than a GByteArray, whose guint length could not
   * represent every gsize limit. */
  limit = max_size < G_MAXSIZE ? max_size + 1 : G_MAXSIZE;

  while (len < limit)
    {
      g_autoptr(GError) local_error = NULL;
      gsize want = MIN ((gsize) STREAM_CHUNK, limit - len);
      gssize n;

      if (alloc - len < want)
        {
          alloc = MAX (len + want, alloc <= limit / 2 ? alloc * 2 : limit);
          alloc = MIN (alloc, limit);
          buf = g_realloc (buf, alloc);
        }

      /* Not every stream checks (a GMemoryInputStream does not). */
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_free (buf);
          return NULL;
        }

      n = g_input_stream_read (stream, buf + len, want, cancellable, &local_error);
      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                         _("%s: cannot read: %s"), display, local_error->message);
          g_free (buf);
          return NULL;
        }
      if (n == 0)
        break;
      len += n;
    }

  if (len > max_size)
    {
      _aict_set_limit_error (error, "max-file-size",
                             _("%s: more than the limit of %llu bytes"),
                             display, (unsigned long long) max_size);
      g_free (buf);
      return NULL;
    }

  return g_bytes_new_take (buf, len);
}

/* Saving. */

#define SAVE_CHUNK (256 * 1024)

#define TEMP_INFIX      ".aict-tmp-"
#define TEMP_PID_DIGITS 10      /* a pid_t is at most 2^31 − 1 */
#define TEMP_SUFFIX_LEN 6
#define TEMP_NAME_MAX   255     /* NAME_MAX of Linux file systems */
#define TEMP_ATTEMPTS   100

static const char temp_chars[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/* ".BASENAME.aict-tmp-", with BASENAME shortened if needed so that the whole
 * temporary name fits in NAME_MAX whatever the PID.  It depends only on
 * @basename, so a later save finds the leftovers of an earlier one. */
static char *
make_temp_prefix (const char *basename)
{
  const gsize max_base = TEMP_NAME_MAX - 1 - strlen (TEMP_INFIX)
                         - TEMP_PID_DIGITS - 1 - TEMP_SUFFIX_LEN;
  g_autofree char *base = g_strndup (basename, max_base);

  return g_strconcat (".", base, TEMP_INFIX, NULL);
}

/* If @name is PREFIX + PID + "-" + six letters or digits, exactly as
 * created below, stores the PID and returns TRUE. */
static gboolean
parse_temp_name (const char *name,
                 const char *prefix,
                 gsize       prefix_len,
                 pid_t      *pid)
{
  const char *p;
  guint64 value = 0;
  guint i;

  if (strncmp (name, prefix, prefix_len) != 0)
    return FALSE;

  p = name + prefix_len;
  if (*p < '1' || *p > '9')
    return FALSE;   /* no sign, no leading zero, never 0 (a process group) */
  for (i = 0; g_ascii_isdigit (*p); i++, p++)
    {
      if (i == TEMP_PID_DIGITS)
        return FALSE;
      value = value * 10 + (guint64) (*p - '0');
    }
  if (value > G_MAXINT32 || *p != '-')
    return FALSE;
  p++;

  for (i = 0; i < TEMP_SUFFIX_LEN; i++)
    if (p[i] == '\0' || strchr (temp_chars, p[i]) == NULL)
      return FALSE;
  if (p[TEMP_SUFFIX_LEN] != '\0')
    return FALSE;

  *pid = (pid_t) value;
  return TRUE;
}

/* Temporaries that this process is writing, keyed "DEV:INO/NAME" by the
 * directory they are in. */
G_LOCK_DEFINE_STATIC (live_temps);
static GHashTable *live_temps;

static char *
live_temp_key (const struct stat *dir_st,
               const char        *name)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT "/%s",
                          (guint64) dir_st->st_dev, (guint64) dir_st->st_ino, name);
}

/* Registers @key; FALSE if it is already there (then pick another name). */
static gboolean
live_temp_add (const char *key)
{
  gboolean added;

  G_LOCK (live_temps);
  if (live_temps == NULL)
    live_temps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  added = g_hash_table_add (live_temps, g_strdup (key));
  G_UNLOCK (live_temps);

  return added;
}

static void
live_temp_remove (const char *key)
{
  G_LOCK (live_temps);
  if (live_temps != NULL)
    g_hash_table_remove (live_temps, key);
  G_UNLOCK (live_temps);
}

/* Best effort: a leftover that cannot be removed is only clutter, and the
 * save itself must not fail because of it. */
static void
remove_stale_temps (int                dir_fd,
                    const struct stat *dir_st,
                    const char        *prefix)
{
  gsize prefix_len = strlen (prefix);
  pid_t self = getpid ();
  struct dirent *entry;
  DIR *dir;
  int fd;

  fd = fcntl (dir_fd, F_DUPFD_CLOEXEC, 0);
  if (fd < 0)
    return;
  dir = fdopendir (fd);
  if (dir == NULL)
    {
      close (fd);
      return;
    }

  while ((entry = readdir (dir)) != NULL)
    {
      const char *name = entry->d_name;
      struct stat st;
      pid_t pid;

      if (!parse_temp_name (name, prefix, prefix_len, &pid))
        continue;
      if (fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG (st.st_mode))
        continue;

      if (pid == self)
        {
          /* Ours only if a save of this process is writing it now; else it
           * is from an earlier process that had our PID.  Check and unlink
           * under the lock, so that a save starting meanwhile in another
           * thread cannot pick this name in between. */
          g_autofree char *key = live_temp_key (dir_st, name);

          G_LOCK (live_temps);
          if (live_temps == NULL || !g_hash_table_contains (live_temps, key))
            unlinkat (dir_fd, name, 0);
          G_UNLOCK (live_temps);
        }
      else if (kill (pid, 0) < 0 && errno == ESRCH)
        {
          /* No such process: its save was interrupted.  (EPERM means the
           * process exists and belongs to someone else: keep.) */
          unlinkat (dir_fd, name, 0);
        }
    }

  closedir (dir);
}

static gboolean
fail_step (GError     **error,
           const char  *display,
           Step         step,
           int          errsv)
{
  set_errno_error (error, display, step, errsv);
  return FALSE;
}

gboolean
aict_file_save_atomic (const char  *path,
                       const char  *data,
                       gsize        len,
                       GError     **error)
{
  return aict_file_save_atomic_full (path, data, len, NULL, NULL, NULL, error);
}

/* Between the steps of a monitored save: reports @done, then FALSE (and
 * G_IO_ERROR_CANCELLED) if @cancellable is cancelled, even by the
 * progress function. */
static gboolean
save_may_go_on (GCancellable           *cancellable,
                AictFileProgressFunc    progress,
                gpointer                progress_data,
                gsize                   done,
                gsize                   len,
                GError                **cancel_error)
{
  if (progress != NULL)
    progress (done, len, progress_data);

  return !g_cancellable_set_error_if_cancelled (cancellable, cancel_error);
}

gboolean
aict_file_save_atomic_full (const char            *path,
                            const char            *data,
                            gsize                  len,
                            GCancellable          *cancellable,
                            AictFileProgressFunc   progress,
                            gpointer               progress_data,
                            GError               **error)
{
  g_autoptr(GError) cancel_error = NULL;
  /* Monitored saves write in pieces, so that they can stop in between. */
  gsize chunk = cancellable != NULL || progress != NULL ? SAVE_CHUNK : (gsize) 1 << 30;
  g_autofree char *display = NULL;
  g_autofree char *base = NULL;
  g_autofree char *dir_path = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *temp_key = NULL;
  Step failed_step = STEP_WRITE;
  struct stat st, dir_st;
  gboolean keep_mode = FALSE;
  mode_t mode = 0;
  int dir_fd, fd = -1;
  int err = 0;
  gsize done;
  guint attempt;

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  display = g_filename_display_name (path);
  base = g_path_get_basename (path);
  if (g_str_has_suffix (path, G_DIR_SEPARATOR_S) ||
      strcmp (base, ".") == 0 || strcmp (base, "..") == 0)
    return fail_step (error, display, STEP_REPLACE, EISDIR);
  dir_path = g_path_get_dirname (path);

  /* The directory: opened first, since it is fsync()ed after the rename and
   * failing then would be too late. */
  do
    dir_fd = open (dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  while (dir_fd < 0 && errno == EINTR);
  if (dir_fd < 0)
    return fail_step (error, display, STEP_OPEN_DIR, errno);
  if (fstat (dir_fd, &dir_st) < 0)
    {
      err = errno;
      close (dir_fd);
      return fail_step (error, display, STEP_OPEN_DIR, err);
    }

  /* The mode of the file being replaced (of its target, for a symlink).
   * Without one, open() applies 0666 & ~umask (and default ACLs) itself,
   * which avoids reading the process-wide umask. */
  if (fstatat (dir_fd, base, &st, 0) < 0)
    {
      if (errno == ENAMETOOLONG)
        {
          close (dir_fd);
          return fail_step (error, display, STEP_REPLACE, ENAMETOOLONG);
        }
    }
  else
    {
      if (S_ISDIR (st.st_mode))
        {
          close (dir_fd);
          return fail_step (error, display, STEP_REPLACE, EISDIR);
        }
      if (!S_ISREG (st.st_mode))
        {
          /* A FIFO, a device or a socket (or a symlink to one): the
           * caller means to write into it, and renaming a regular file
           * over it would destroy it (think of root saving to /dev/null). */
          close (dir_fd);
          g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                       _("%s: cannot replace the file: it is not a regular file (%s)"),
                       display, describe_file_type (st.st_mode));
          return FALSE;
        }
      keep_mode = TRUE;
      mode = st.st_mode & 0777;
    }

  prefix = make_temp_prefix (base);
  remove_stale_temps (dir_fd, &dir_st, prefix);

  /* Create ".BASENAME.aict-tmp-PID-RANDOM" exclusively. */
  for (attempt = 0; attempt < TEMP_ATTEMPTS; attempt++)
    {
      char suffix[TEMP_SUFFIX_LEN + 1];
      guint i;

      for (i = 0; i < TEMP_SUFFIX_LEN; i++)
        suffix[i] = temp_chars[g_random_int_range (0, sizeof temp_chars - 1)];
      suffix[TEMP_SUFFIX_LEN] = '\0';

      g_free (temp_name);
      temp_name = g_strdup_printf ("%s%ld-%s", prefix, (long) getpid (), suffix);
      g_free (temp_key);
      temp_key = live_temp_key (&dir_st, temp_name);
      if (!live_temp_add (temp_key))
        {
          err = EEXIST;
          continue;
        }

      err = injected_fault ("open");
      if (err == 0)
        {
          /* Mode 0600 when the final mode is set by fchmod() below, so the
           * file is never more open than the one it replaces. */
          fd = openat (dir_fd, temp_name,
                       O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY,
                       keep_mode ? 0600 : 0666);
          if (fd < 0)
            err = errno;
        }
      if (fd >= 0)
        break;

      live_temp_remove (temp_key);
      if (err != EEXIST && err != EINTR)
        break;
    }
  if (fd < 0)
    {
      close (dir_fd);
      return fail_step (error, display, STEP_CREATE_TEMP, err);
    }

  if (keep_mode && fchmod (fd, mode) < 0)
    {
      err = errno;
      failed_step = STEP_CHMOD_TEMP;
      goto fail;
    }

  for (done = 0; done < len;)
    {
      gssize n;

      if (chunk == SAVE_CHUNK &&
          !save_may_go_on (cancellable, progress, progress_data, done, len, &cancel_error))
        goto fail;

      err = injected_fault ("write");
      if (err == 0)
        {
          n = write (fd, data + done, MIN (len - done, chunk));
          if (n < 0)
            err = errno;
          else if (n == 0)
            err = ENOSPC;   /* no progress: do not spin */
          else
            done += n;
        }
      if (err == EINTR)
        continue;
      if (err != 0)
        {
          failed_step = STEP_WRITE;
          goto fail;
        }
    }

  /* EINTR is not a failed write-back: try again.  Anything else is final
   * (retrying fsync() can wrongly report success). */
  do
    {
      err = injected_fault ("fsync");
      if (err == 0 && fsync (fd) < 0)
        err = errno;
    }
  while (err == EINTR);
  if (err != 0)
    {
      failed_step = STEP_FLUSH;
      goto fail;
    }

  /* close() releases the descriptor even when it fails; EINTR from it is
   * not an error on Linux (the data is already on disk). */
  err = injected_fault ("close");
  if (close (fd) < 0 && err == 0)
    err = errno;
  fd = -1;
  if (err == EINTR)
    err = 0;
  if (err != 0)
    {
      failed_step = STEP_CLOSE_TEMP;
      goto fail;
    }

  /* The last point where a cancelled save leaves the old file. */
  if (chunk == SAVE_CHUNK &&
      !save_may_go_on (cancellable, progress, progress_data, len, len, &cancel_error))
    goto fail;

  err = injected_fault ("rename");
  if (err == 0 && renameat (dir_fd, temp_name, dir_fd, base) < 0)
    err = errno;
  if (err != 0)
    {
      failed_step = STEP_REPLACE;
      goto fail;
    }
  live_temp_remove (temp_key);

  /* Make the rename durable.  Some file systems cannot fsync() a
   * directory (EINVAL); they give no better guarantee to anyone.  EINTR
   * is retried, as for the file. */
  do
    {
      err = injected_fault ("fsync-dir");
      if (err == 0 && fsync (dir_fd) < 0)
        err = errno;
    }
  while (err == EINTR);
  close (dir_fd);
  if (err != 0 && err != EINVAL && err != ENOTSUP)
    {
      /* Too late to restore the old bytes: the new ones are in place but
       * may not survive a crash.  Report it, so the caller keeps its data
       * marked unsaved and a later save tries again. */
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("%s: cannot flush the directory to disk: %s "
                   "(the file was replaced, but the change may not survive a crash)"),
                   display, g_strerror (err));
      return FALSE;
    }

  return TRUE;

fail:
  if (fd >= 0)
    close (fd);
  unlinkat (dir_fd, temp_name, 0);
  live_temp_remove (temp_key);
  close (dir_fd);

  if (cancel_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&cancel_error));
      return FALSE;
    }

  return fail_step (error, display, failed_step, err);
}
