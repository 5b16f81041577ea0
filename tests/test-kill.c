/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Crash-safe saving under SIGKILL (doc/reliability.md §B5.17).
 *
 * A forked child saves a dataset with aict_dataset_save_to_file(); the
 * parent kills it with SIGKILL, reaps it (a zombie's PID still counts as
 * running for the stale-temporary cleanup), and checks that the target is
 * byte-identical to the old or the new document, never torn or missing, and
 * that no ".NAME.aict-tmp-*" remains after the next save.
 *
 *   /aict/kill/fixed/POINT: a fault hook in the child stops it (SIGSTOP)
 *     exactly before or after each step of the save (open, write, fsync,
 *     close, rename, fsync-dir) and the parent SIGKILLs it: 12 points,
 *     each replacing A by B, B by A and creating a new file.  "After STEP"
 *     is the next hook call (the same instant as "before NEXT", except that
 *     fchmod() lies between open and write), or the return of the save for
 *     fsync-dir.
 *   /aict/kill/random: saves SIGKILLed until 1000 kills (10 000 with
 *     -m slow, or AICT_KILL_ITERATIONS) hit a live saver, each after a delay drawn uniformly
 *     in [0, 1.5 × the measured duration of a child's save, from the return
 *     of fork() to that of aict_dataset_save_to_file()], so kills land before,
 *     during and after the save (some after the child exited).  The child
 *     reports each step it reaches through a pipe, which both classifies
 *     the kill and tightens the check: before the rename the old bytes
 *     must be there, after it the new ones.
 *   /aict/kill/zombie: a stray of a killed but unreaped child.
 *
 * main() prints one line "# kill-test: …" with the totals. */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* pipe2() */
#endif

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

#include "aict-file-private.h"

#define TARGET_NAME "dataset.json"

typedef struct
{
  char *dir;
  char *path;
  AictDataset *datasets[2];   /* A and B */
  GBytes *bytes[2];           /* what saving each writes */
} Fixture;

/* For the summary line. */
static struct
{
  guint fixed_kills;
  guint fixed_strays;
  guint random_iterations;
  guint random_kills;
  guint random_completed;
  guint killed_before_start;
  guint killed_mid_save;
  guint killed_after_save;
  guint old;
  guint new;
  guint strays;
  gint64 save_usec;
} totals;

#define fail_check(...) \
  G_STMT_START { \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__); \
    g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, msg_); \
  } G_STMT_END

/* Helpers. */

static void
remove_tree (const char *path)
{
  struct stat st;

  if (lstat (path, &st) < 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      GDir *dir;
      const char *name;

      chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      if (dir != NULL)
        {
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *child = g_build_filename (path, name, NULL);

              remove_tree (child);
            }
          g_dir_close (dir);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static gboolean
is_temp_name (const char *name)
{
  return name[0] == '.' && strstr (name, ".aict-tmp-") != NULL;
}

/* The saver's temporaries (".*.aict-tmp-*") in @dir. */
static GPtrArray *
list_temps (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_temp_name (name))
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

static guint
count_temps (const char *dir_path)
{
  g_autoptr(GPtrArray) names = list_temps (dir_path);

  return names->len;
}

static gboolean
bytes_equal (const char *data,
             gsize       len,
             GBytes     *bytes)
{
  gsize size;
  const char *expected = g_bytes_get_data (bytes, &size);

  return len == size && memcmp (data, expected, len) == 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *meeting = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                    "meeting-2016.json", NULL);
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  guint i;

  (void) data;
  fixture->dir = g_dir_make_tmp ("aict-test-kill-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, TARGET_NAME, NULL);

  /* A: the 2016 meeting as shipped (about 160 KB).  B: the same with
   * another title and a long description (about 220 KB), so the two
   * differ in size as well as in content.  (The description stays under
   * the 64 KiB string limit of loading, so B can be read back.) */
  for (i = 0; i < 2; i++)
    {
      fixture->datasets[i] = aict_dataset_new_from_file (meeting, &error);
      g_assert_no_error (error);
    }
  description = g_strnfill (60000, 'b');
  aict_dataset_set_title (fixture->datasets[1], "Kill test, version B");
  aict_dataset_set_description (fixture->datasets[1], description);

  for (i = 0; i < 2; i++)
    {
      fixture->bytes[i] = aict_dataset_to_bytes (fixture->datasets[i], &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (fixture->bytes[i]), >, 100000);
      g_assert_cmpuint (g_bytes_get_size (fixture->bytes[i]), <, 400000);
    }
  g_assert_false (g_bytes_equal (fixture->bytes[0], fixture->bytes[1]));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  guint i;

  (void) data;
  aict_file_set_fault_hook (NULL, NULL);
  for (i = 0; i < 2; i++)
    {
      g_clear_object (&fixture->datasets[i]);
      g_clear_pointer (&fixture->bytes[i], g_bytes_unref);
    }
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Saves @version in this process, without faults. */
static void
save_in_parent (Fixture *fixture,
                guint    version)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (aict_dataset_save_to_file (fixture->datasets[version], fixture->path, &error));
  g_assert_no_error (error);
}

/* Which version the target holds: @old_version or @new_version (-1 if
 * there was no file before), and never anything else. */
static guint
check_target (Fixture    *fixture,
              int         old_version,
              guint       new_version,
              const char *context)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  struct stat st;

  if (lstat (fixture->path, &st) < 0)
    {
      if (errno == ENOENT && old_version < 0)
        return G_MAXUINT;   /* no file before, none now: the "old" state */
      fail_check ("%s: the target is missing (%s)", context, g_strerror (errno));
    }
  if (!S_ISREG (st.st_mode))
    fail_check ("%s: the target is not a regular file", context);

  g_file_get_contents (fixture->path, &contents, &len, &error);
  g_assert_no_error (error);
  if (old_version >= 0 && bytes_equal (contents, len, fixture->bytes[old_version]))
    return old_version;
  if (bytes_equal (contents, len, fixture->bytes[new_version]))
    return new_version;

  fail_check ("%s: the target is torn: %" G_GSIZE_FORMAT " bytes, neither the old "
              "(%" G_GSIZE_FORMAT ") nor the new (%" G_GSIZE_FORMAT ") document",
              context, len,
              old_version >= 0 ? g_bytes_get_size (fixture->bytes[old_version]) : 0,
              g_bytes_get_size (fixture->bytes[new_version]));
  g_assert_not_reached ();
}

/* The child. */

typedef struct
{
  const char *kill_before;   /* raise(SIGKILL) in the hook of this step */
  const char *kill_after;    /* … at the next hook call after this step, or
                              * when the save returns */
  gboolean after_armed;
  int progress_fd;
} KillPlan;

static char
step_code (const char *step)
{
  static const struct { const char *step; char code; } codes[] = {
    { "open", 'o' }, { "write", 'w' }, { "fsync", 's' },
    { "close", 'c' }, { "rename", 'r' }, { "fsync-dir", 'd' },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strcmp (step, codes[i].step) == 0)
      return codes[i].code;
  return '?';
}

static void
report_progress (int  fd,
                 char code)
{
  while (write (fd, &code, 1) < 0 && errno == EINTR)
    ;
}

/* At a kill point: stops until the parent's SIGKILL (kill_stopped()), so
 * the kill comes from outside as a real one would.  (A raise(SIGKILL)
 * would do the same, except under valgrind, which turns it into an orderly
 * exit with a leak report of the frames it abandons.) */
static void
wait_for_kill (void)
{
  for (;;)
    raise (SIGSTOP);
}

/* Runs in the child before each step: reports the step to the parent, then
 * waits for death if the plan says so.  Never fails a step. */
static int
kill_hook (const char *step,
           gpointer    user_data)
{
  KillPlan *plan = user_data;

  if (plan->after_armed && strcmp (step, plan->kill_after) != 0)
    wait_for_kill ();
  report_progress (plan->progress_fd, step_code (step));
  if (plan->kill_before != NULL && strcmp (step, plan->kill_before) == 0)
    wait_for_kill ();
  if (plan->kill_after != NULL && strcmp (step, plan->kill_after) == 0)
    plan->after_armed = TRUE;
  return 0;
}

/* Forks a child that saves @version over the target, following @plan (no
 * kill point: it runs to the end and exits 0).  Returns its PID and, in
 * @progress_fd, the read end of the pipe on which it reports each step it
 * reaches ('E' once the save returned TRUE, 'F' for FALSE). */
static pid_t
spawn_saver (Fixture        *fixture,
             guint           version,
             const KillPlan *plan,
             int            *progress_fd)
{
  int fds[2];
  pid_t pid;

  g_assert_cmpint (pipe2 (fds, O_CLOEXEC), ==, 0);
  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      KillPlan child_plan = *plan;
      gboolean ok;

      close (fds[0]);
      child_plan.progress_fd = fds[1];
      aict_file_set_fault_hook (kill_hook, &child_plan);
      ok = aict_dataset_save_to_file (fixture->datasets[version], fixture->path, NULL);
      if (child_plan.after_armed)
        wait_for_kill ();
      report_progress (fds[1], ok ? 'E' : 'F');
      _exit (ok ? 0 : 1);
    }

  close (fds[1]);
  *progress_fd = fds[0];
  return pid;
}

/* Waits for the child to stop at its kill point, then kills it.  Fails if
 * it exits instead. */
static void
kill_stopped (pid_t pid)
{
  int status;
  pid_t ret;

  do
    ret = waitpid (pid, &status, WUNTRACED);
  while (ret < 0 && errno == EINTR);
  g_assert_cmpint (ret, ==, pid);
  g_assert_true (WIFSTOPPED (status));
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
}

static int
reap (pid_t pid)
{
  int status;
  pid_t ret;

  do
    ret = waitpid (pid, &status, 0);
  while (ret < 0 && errno == EINTR);
  g_assert_cmpint (ret, ==, pid);

  return status;
}

/* The steps the child reported, in order; closes @fd. */
static char *
read_progress (int fd)
{
  GString *progress = g_string_new (NULL);
  char buf[256];

  for (;;)
    {
      gssize n = read (fd, buf, sizeof buf);

      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        break;
      g_string_append_len (progress, buf, n);
    }
  close (fd);

  return g_string_free (progress, FALSE);
}

static void
sleep_nsec (gint64 nsec)
{
  struct timespec ts = { nsec / 1000000000, nsec % 1000000000 };

  while (clock_nanosleep (CLOCK_MONOTONIC, 0, &ts, &ts) == EINTR)
    ;
}

/* Does @name carry @pid, as ".NAME.aict-tmp-PID-XXXXXX"? */
static gboolean
temp_has_pid (const char *name,
              pid_t       pid)
{
  g_autofree char *needle = g_strdup_printf (".aict-tmp-%ld-", (long) pid);

  return strstr (name, needle) != NULL;
}

/* Fixed points. */

typedef struct
{
  const char *name;
  const char *before;
  const char *after;
  gboolean renamed;     /* the new file is in place */
  gboolean temp_left;   /* the killed child leaves its temporary */
} FixedPoint;

static const FixedPoint fixed_points[] = {
  { "before-open",      "open",      NULL,        FALSE, FALSE },
  { "after-open",       NULL,        "open",      FALSE, TRUE },
  { "before-write",     "write",     NULL,        FALSE, TRUE },
  { "after-write",      NULL,        "write",     FALSE, TRUE },
  { "before-fsync",     "fsync",     NULL,        FALSE, TRUE },
  { "after-fsync",      NULL,        "fsync",     FALSE, TRUE },
  { "before-close",     "close",     NULL,        FALSE, TRUE },
  { "after-close",      NULL,        "close",     FALSE, TRUE },
  { "before-rename",    "rename",    NULL,        FALSE, TRUE },
  { "after-rename",     NULL,        "rename",    TRUE,  FALSE },
  { "before-fsync-dir", "fsync-dir", NULL,        TRUE,  FALSE },
  { "after-fsync-dir",  NULL,        "fsync-dir", TRUE,  FALSE },
};

static void
test_fixed_point (Fixture       *fixture,
                  gconstpointer  data)
{
  const FixedPoint *point = data;
  const char *step = point->before != NULL ? point->before : point->after;
  KillPlan plan = { .kill_before = point->before, .kill_after = point->after };
  guint round;

  /* Round 0: no file yet; round 1: A → B; round 2: B → A. */
  for (round = 0; round < 3; round++)
    {
      g_autofree char *context = g_strdup_printf ("%s, round %u", point->name, round);
      g_autofree char *progress = NULL;
      g_autoptr(GPtrArray) temps = NULL;
      int old_version = round == 0 ? -1 : (int) (round - 1);
      guint new_version = round == 2 ? 0 : 1;
      guint found;
      int status, fd;
      pid_t pid;

      if (round == 0)
        g_unlink (fixture->path);
      else
        save_in_parent (fixture, old_version);
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);

      pid = spawn_saver (fixture, new_version, &plan, &fd);
      kill_stopped (pid);
      status = reap (pid);
      progress = read_progress (fd);

      /* It died by our SIGKILL, exactly at the chosen step. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      g_assert_cmpuint (strlen (progress), >, 0);
      g_assert_cmpint (progress[strlen (progress) - 1], ==, step_code (step));
      totals.fixed_kills++;

      found = check_target (fixture, old_version, new_version, context);
      if (point->renamed)
        g_assert_cmpuint (found, ==, new_version);
      else if (old_version < 0)
        g_assert_cmpuint (found, ==, G_MAXUINT);   /* still no file */
      else
        g_assert_cmpuint (found, ==, (guint) old_version);

      temps = list_temps (fixture->dir);
      if (point->temp_left)
        {
          g_assert_cmpuint (temps->len, ==, 1);
          g_assert_true (temp_has_pid (g_ptr_array_index (temps, 0), pid));
          totals.fixed_strays++;
        }
      else
        {
          g_assert_cmpuint (temps->len, ==, 0);
        }

      /* The next save removes the stray of the dead child. */
      save_in_parent (fixture, new_version);
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
      g_assert_cmpuint (check_target (fixture, -1, new_version, context), ==, new_version);
    }
}

/* Random kills. */

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The duration of a child's save, from the return of fork() to the return
 * of the save, in µs: the median of a few runs.  Leaves the target holding the version returned in @current. */
static gint64
calibrate (Fixture *fixture,
           guint   *current)
{
  const KillPlan no_kill = { NULL, NULL, FALSE, -1 };
  gint64 durations[9];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *progress = NULL;
      guint next = 1 - *current;
      char code = '\0';
      gint64 start;
      int status, fd;
      pid_t pid;

      /* From the return of fork() in the parent, where the delay of a
       * kill starts (fork() itself is slow under ASan), until the save
       * returned ('E' is its last report), not until the exit, which
       * takes a while for a process of this size. */
      pid = spawn_saver (fixture, next, &no_kill, &fd);
      start = g_get_monotonic_time ();
      while (read (fd, &code, 1) == 1 && code != 'E')
        ;
      durations[i] = g_get_monotonic_time () - start;
      status = reap (pid);
      progress = read_progress (fd);

      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_assert_cmpint (code, ==, 'E');
      g_assert_cmpstr (progress, ==, "");   /* nothing after 'E' */
      g_assert_cmpuint (check_target (fixture, *current, next, "calibration"), ==, next);
      *current = next;
    }

  qsort (durations, G_N_ELEMENTS (durations), sizeof durations[0], compare_gint64);
  return durations[G_N_ELEMENTS (durations) / 2];
}

static void
test_random (Fixture       *fixture,
             gconstpointer  data)
{
  const KillPlan no_kill = { NULL, NULL, FALSE, -1 };
  const char *env = g_getenv ("AICT_KILL_ITERATIONS");
  /* The number of kills that must hit a live saver (kills landing after
   * the child has exited do not count); a bounded number of attempts. */
  guint wanted = g_test_slow () ? 10000 : 1000;
  guint iterations;
  guint current = 0;
  guint kills = 0, completed = 0, before_start = 0, mid_save = 0, after_save = 0;
  guint old = 0, new = 0, strays = 0;
  guint by_step[256] = { 0, };
  GPtrArray *pending = g_ptr_array_new_with_free_func (g_free);
  gint64 duration;
  guint i;

  (void) data;
  if (env != NULL && *env != '\0')
    wanted = (guint) g_ascii_strtoull (env, NULL, 10);

  save_in_parent (fixture, current);
  duration = calibrate (fixture, &current);
  totals.save_usec = duration;
  g_test_message ("a child's save takes %" G_GINT64_FORMAT " us (fork() to the save's return); "
                  "kills drawn in [0, %" G_GINT64_FORMAT "] us",
                  duration, duration * 3 / 2);

  /* The calibration can be wrong by a factor when the machine's load
   * changes (other tests, a benchmark): the window follows what happens,
   * narrowing when kills come too late and widening slowly while they
   * land, so that most attempts still hit a live saver. */
  for (i = 0; kills < wanted && i < wanted * 8 + 10; i++)
    {
      g_autofree char *context = NULL;
      g_autofree char *progress = NULL;
      g_autoptr(GPtrArray) temps = NULL;
      guint next = 1 - current;
      guint own, t;
      gint64 delay = (gint64) g_test_rand_double_range (0, duration * 1500.0);
      char last;
      guint found;
      int status, fd;
      pid_t pid;

      pid = spawn_saver (fixture, next, &no_kill, &fd);
      sleep_nsec (delay);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);   /* a zombie until reaped */
      status = reap (pid);
      progress = read_progress (fd);
      last = progress[0] != '\0' ? progress[strlen (progress) - 1] : '\0';
      context = g_strdup_printf ("iteration %u, killed after %" G_GINT64_FORMAT " ns, "
                                 "steps reached \"%s\"", i, delay, progress);

      found = check_target (fixture, current, next, context);

      if (WIFEXITED (status))
        {
          /* The kill came after the child had exited. */
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          g_assert_cmpstr (progress, ==, "owscrdE");
          g_assert_cmpuint (found, ==, next);
          completed++;
          duration = MAX (duration * 9 / 10, 50);
        }
      else
        {
          g_assert_true (WIFSIGNALED (status));
          g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
          kills++;
          duration = duration * 101 / 100 + 1;
          by_step[(guchar) last]++;
          if (last == '\0')
            before_start++;       /* in fork() or encoding: no file step yet */
          else if (last == 'E')
            after_save++;
          else
            mid_save++;

          /* Before the rename started, the old bytes; once fsync-dir (or
           * the end) is reached, the new ones; during the rename, either. */
          if (last == '\0' || strchr ("owsc", last) != NULL)
            {
              if (found != current)
                fail_check ("%s: the new bytes before the rename", context);
            }
          else if (last == 'd' || last == 'E')
            {
              if (found != next)
                fail_check ("%s: the old bytes after the rename", context);
            }
        }

      if (found == next)
        new++;
      else
        old++;

      /* The killed child's own temporary remains if it died between
       * creating and renaming it.  Those of earlier children are gone
       * once a later save got as far as its first step (stale temporaries
       * are removed before "open"; the children are reaped, so their PIDs
       * no longer run). */
      temps = list_temps (fixture->dir);
      own = 0;
      for (t = 0; t < temps->len; t++)
        {
          const char *name = g_ptr_array_index (temps, t);

          if (temp_has_pid (name, pid))
            {
              own++;
              continue;
            }
          if (last != '\0')
            fail_check ("%s: the stray %s of an earlier save survived this one",
                        context, name);
          g_assert_true (g_ptr_array_find_with_equal_func (pending, name, g_str_equal, NULL));
        }
      g_assert_cmpuint (own, <=, 1);
      if (own > 0)
        {
          g_assert_nonnull (strchr ("owscr", last));
          if (last == 'r')
            g_assert_cmpuint (found, ==, current);   /* renamed: no temporary */
          strays++;
        }
      g_ptr_array_unref (pending);
      pending = g_steal_pointer (&temps);
      current = found;
    }

  iterations = i;
  g_assert_cmpuint (kills, >=, wanted);

  /* One more save: nothing of ours remains. */
  save_in_parent (fixture, 1 - current);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  g_ptr_array_unref (pending);
  g_assert_cmpuint (check_target (fixture, current, 1 - current, "final save"), ==, 1 - current);

  g_test_message ("%u iterations: %u killed (%u before the first file step, %u during "
                  "the save, %u after it returned), %u exited before the kill",
                  iterations, kills, before_start, mid_save, after_save, completed);
  g_test_message ("target afterwards: old %u, new %u, torn 0, missing 0; "
                  "%u strays left by kills, each removed by the next save",
                  old, new, strays);
  g_test_message ("last step reached by killed children: open %u, write %u, fsync %u, "
                  "close %u, rename %u, fsync-dir %u",
                  by_step['o'], by_step['w'], by_step['s'], by_step['c'],
                  by_step['r'], by_step['d']);

  /* Kills must land on every side of the save, or the test proves little. */
  g_assert_cmpuint (before_start + mid_save + after_save, ==, kills);
  if (iterations >= 1000)
    {
      g_assert_cmpuint (mid_save, >, 0);
      g_assert_cmpuint (old, >, 0);
      g_assert_cmpuint (new, >, 0);
    }

  totals.random_iterations += iterations;
  totals.random_kills += kills;
  totals.random_completed += completed;
  totals.killed_before_start += before_start;
  totals.killed_mid_save += mid_save;
  totals.killed_after_save += after_save;
  totals.old += old;
  totals.new += new;
  totals.strays += strays;
}

/* A killed child that is not reaped yet is a zombie: kill(pid, 0) still
 * succeeds, so its temporary is kept (it might belong to a running save);
 * once reaped, the next save removes it. */
static void
test_zombie (Fixture       *fixture,
             gconstpointer  data)
{
  KillPlan plan = { .kill_before = "rename" };
  g_autofree char *progress = NULL;
  siginfo_t info;
  int status, fd;
  pid_t pid;

  (void) data;
  save_in_parent (fixture, 0);
  pid = spawn_saver (fixture, 1, &plan, &fd);
  kill_stopped (pid);

  /* Wait for its death without reaping it. */
  memset (&info, 0, sizeof info);
  while (waitid (P_PID, pid, &info, WEXITED | WNOWAIT) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_assert_cmpint (info.si_code, ==, CLD_KILLED);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 1);

  save_in_parent (fixture, 0);
  g_test_message ("strays of an unreaped (zombie) child after a save: %u",
                  count_temps (fixture->dir));

  status = reap (pid);
  g_assert_true (WIFSIGNALED (status));
  progress = read_progress (fd);
  g_assert_cmpstr (progress, ==, "owscr");

  save_in_parent (fixture, 1);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  g_assert_cmpuint (check_target (fixture, 0, 1, "zombie"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  guint i;
  int ret;

  g_test_init (&argc, &argv, NULL);

  for (i = 0; i < G_N_ELEMENTS (fixed_points); i++)
    {
      g_autofree char *path = g_strdup_printf ("/aict/kill/fixed/%s", fixed_points[i].name);

      g_test_add (path, Fixture, &fixed_points[i],
                  fixture_set_up, test_fixed_point, fixture_tear_down);
    }
  g_test_add ("/aict/kill/random", Fixture, NULL,
              fixture_set_up, test_random, fixture_tear_down);
  g_test_add ("/aict/kill/zombie", Fixture, NULL,
              fixture_set_up, test_zombie, fixture_tear_down);

  ret = g_test_run ();

  if (totals.fixed_kills > 0 || totals.random_iterations > 0)
    {
      printf ("# kill-test: %u SIGKILLs at random moments in [0, 1.5 x %" G_GINT64_FORMAT
              " us]: %u hit a live saver (%u before its first file step, %u mid-save, "
              "%u after the save returned), %u came after it exited; target old %u, "
              "new %u, torn 0, missing 0; %u strays, 0 after the next save; "
              "%u fixed-point kills (%u points x 3), %u strays, 0 after the next save\n",
              totals.random_iterations, totals.save_usec, totals.random_kills,
              totals.killed_before_start, totals.killed_mid_save, totals.killed_after_save,
              totals.random_completed, totals.old, totals.new, totals.strays,
              totals.fixed_kills, (guint) G_N_ELEMENTS (fixed_points), totals.fixed_strays);
      fflush (stdout);
    }

  return ret;
}
