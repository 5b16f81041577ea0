/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <glib.h>

#include "fuzz.h"

/* Without libFuzzer, each target is a plain program that replays the files
 * and directories given on its command line (its corpus and every past
 * crash), as GLib's fuzzing/driver.c does.  One TAP line per file. */

static guint n_files;

static void
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);   /* stable order */
      for (guint i = 0; i < names->len; i++)
        replay (g_ptr_array_index (names, i));
      return;
    }

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const unsigned char *) contents, length);
  n_files++;
  g_print ("ok %u - %s\n", n_files, path);
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    replay (argv[i]);

  g_print ("1..%u\n", n_files);
  return 0;
}
