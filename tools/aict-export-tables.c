/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "aict-tool.h"

/* aict export --format csv|csv-fr|xlsx: the tables of doc/tables.md.
 * aict-export.c hands these three formats to aict_tool_export_tables();
 * the library does the work. */

gboolean
aict_tool_export_tables_handles (const char *format)
{
  return g_strcmp0 (format, "csv") == 0 || g_strcmp0 (format, "csv-fr") == 0
         || g_strcmp0 (format, "xlsx") == 0;
}

gboolean
aict_tool_export_tables (AictDataset  *dataset,
                         const char   *format,
                         const char   *table,
                         gboolean      personal,
                         const char   *output,
                         GError      **error)
{
  AictCsvFlags flags = personal ? AICT_CSV_FLAGS_PERSONAL : AICT_CSV_FLAGS_NONE;
  AictCsvDialect dialect = g_str_equal (format, "csv-fr")
                           ? AICT_CSV_DIALECT_FRENCH : AICT_CSV_DIALECT_RFC4180;

  if (g_str_equal (format, "xlsx"))
    {
      if (output == NULL || g_str_equal (output, "-"))
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                       _("--format xlsx needs --output FILE.xlsx"));
          return FALSE;
        }
      if (table != NULL)
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                       _("--table is for the CSV formats: a workbook holds every table"));
          return FALSE;
        }
      return aict_dataset_export_xlsx (dataset, output, flags, error);
    }

  if (table != NULL)
    {
      g_autoptr(GBytes) bytes = aict_dataset_table_to_csv (dataset, table, dialect, flags, error);
      gsize size;
      gconstpointer data;

      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &size);
      if (output == NULL || g_str_equal (output, "-"))
        {
          if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
            {
              g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                           _("cannot write to standard output"));
              return FALSE;
            }
          return TRUE;
        }
      return g_file_set_contents (output, data, (gssize) size, error);
    }

  if (output == NULL || g_str_equal (output, "-"))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("every table needs --output DIRECTORY (or give --table NAME)"));
      return FALSE;
    }
  if (g_mkdir_with_parents (output, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (output);

      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("Could not create the directory “%s”: %s"), display,
                   g_strerror (saved));
      return FALSE;
    }
  return aict_dataset_export_csv (dataset, output, dialect, flags, error);
}
