/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bench-iati: aict_dataset_export_iati() on large datasets, next to a
 * plain libxml2 xmlTextWriter loop writing the same elements.
 *
 *   bench-iati [--runs N] FILE…
 *
 * Each FILE is an aict/1 dataset from bench/gen-dataset.py (run by
 * run-iati-bench.py, the meson benchmark "iati").  Its actors carry no
 * identifier, so the first département gets an obviously fictitious
 * SIREN here, in memory, to be the reporting organisation.
 *
 * For each file, best of N runs (default 3), monotonic clock:
 *
 *   - export: the whole aict_dataset_export_iati() call, planning and
 *     reporting included, into a GOutputStream that only counts bytes;
 *   - plain:  a loop that writes, for every partnership, the same
 *     elements (identifier, reporting-org, title, description,
 *     participating-orgs, status, dates, countries, sectors, budgets) from
 *     the same strings, but with fixed codes and dates and no mapping
 *     and no report: what xmlTextWriter itself costs, into a libxml2
 *     output buffer that only counts bytes.
 *
 * It prints, per file, activities, bytes, time and MB/s of both, and the
 * ratio; and the time per activity, which should not grow with size if
 * the export is linear. */

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include <aict/aict.h>

/* A GOutputStream that counts what it is given and keeps nothing. */
#define COUNTING_TYPE_STREAM (counting_stream_get_type ())
G_DECLARE_FINAL_TYPE (CountingStream, counting_stream, COUNTING, STREAM, GOutputStream)

struct _CountingStream
{
  GOutputStream parent_instance;
  guint64 bytes;
};

G_DEFINE_TYPE (CountingStream, counting_stream, G_TYPE_OUTPUT_STREAM)

static gssize
counting_stream_write (GOutputStream  *stream,
                       const void     *buffer,
                       gsize           count,
                       GCancellable   *cancellable,
                       GError        **error)
{
  COUNTING_STREAM (stream)->bytes += count;

  return count;
}

static void
counting_stream_class_init (CountingStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = counting_stream_write;
}

static void
counting_stream_init (CountingStream *self)
{
}

static int
count_write (void       *context,
             const char *buffer,
             int         length)
{
  *(guint64 *) context += length;

  return length;
}

static int
count_close (void *context)
{
  return 0;
}

static void
element (xmlTextWriterPtr  w,
         const char       *name,
         const char       *attribute,
         const char       *value)
{
  xmlTextWriterStartElement (w, BAD_CAST name);
  if (attribute != NULL)
    xmlTextWriterWriteAttribute (w, BAD_CAST attribute, BAD_CAST value);
}

static void
narrative (xmlTextWriterPtr  w,
           const char       *text)
{
  xmlTextWriterStartElement (w, BAD_CAST "narrative");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xml:lang", BAD_CAST "fr");
  xmlTextWriterWriteString (w, BAD_CAST text);
  xmlTextWriterEndElement (w);
}

/* The plain loop: the same elements from the same strings, no mapping. */
static guint64
plain_writer (AictDataset *dataset,
              const char  *reporting_name)
{
  GListModel *partnerships = aict_dataset_get_partnerships (dataset);
  GListModel *budgets = aict_dataset_get_budgets (dataset);
  guint n = g_list_model_get_n_items (partnerships);
  g_autoptr(GHashTable) n_budgets = g_hash_table_new (g_str_hash, g_str_equal);
  guint64 bytes = 0;
  xmlOutputBufferPtr out = xmlOutputBufferCreateIO (count_write, count_close, &bytes, NULL);
  xmlTextWriterPtr w = xmlNewTextWriter (out);

  for (guint i = 0; i < g_list_model_get_n_items (budgets); i++)
    {
      g_autoptr(AictBudget) line = g_list_model_get_item (budgets, i);
      const char *pid = aict_budget_get_partnership_id (line);

      if (pid != NULL && aict_budget_get_amount (line) != NULL)
        g_hash_table_insert (n_budgets, (gpointer) pid,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n_budgets, pid)) + 1));
    }

  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  element (w, "iati-activities", "version", "2.03");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) p = g_list_model_get_item (partnerships, i);
      const char *id = aict_entity_get_id (AICT_ENTITY (p));
      const char *notes = aict_entity_get_notes (AICT_ENTITY (p));
      const char * const *countries = aict_partnership_get_countries (p);
      const char * const *themes = aict_partnership_get_themes (p);
      guint k = GPOINTER_TO_UINT (g_hash_table_lookup (n_budgets, id));
      char identifier[128];

      g_snprintf (identifier, sizeof identifier, "FR-RCS-000000000-%s", id);
      element (w, "iati-activity", "xml:lang", "fr");
      element (w, "iati-identifier", NULL, NULL);
      xmlTextWriterWriteString (w, BAD_CAST identifier);
      xmlTextWriterEndElement (w);
      element (w, "reporting-org", "ref", "FR-RCS-000000000");
      xmlTextWriterWriteAttribute (w, BAD_CAST "type", BAD_CAST "11");
      narrative (w, reporting_name);
      xmlTextWriterEndElement (w);
      element (w, "title", NULL, NULL);
      narrative (w, aict_partnership_get_title (p));
      xmlTextWriterEndElement (w);
      element (w, "description", "type", "1");
      narrative (w, notes != NULL ? notes : aict_partnership_get_title (p));
      xmlTextWriterEndElement (w);
      for (guint j = 0; j < aict_partnership_get_n_participants (p); j++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (p, j);
          AictActor *actor = aict_dataset_lookup_actor (dataset, aict_participant_get_actor_id (participant));

          element (w, "participating-org", "type", "11");
          xmlTextWriterWriteAttribute (w, BAD_CAST "role", BAD_CAST "2");
          narrative (w, aict_actor_get_name (actor));
          xmlTextWriterEndElement (w);
        }
      element (w, "activity-status", "code", "2");
      xmlTextWriterEndElement (w);
      element (w, "activity-date", "type", "2");
      xmlTextWriterWriteAttribute (w, BAD_CAST "iso-date", BAD_CAST "2010-01-01");
      xmlTextWriterEndElement (w);
      for (guint j = 0; countries != NULL && countries[j] != NULL; j++)
        {
          element (w, "recipient-country", "code", countries[j]);
          xmlTextWriterWriteAttribute (w, BAD_CAST "percentage", BAD_CAST "100");
          xmlTextWriterEndElement (w);
        }
      for (guint j = 0; themes != NULL && themes[j] != NULL; j++)
        {
          element (w, "sector", "vocabulary", "1");
          xmlTextWriterWriteAttribute (w, BAD_CAST "code", BAD_CAST "14030");
          xmlTextWriterWriteAttribute (w, BAD_CAST "percentage", BAD_CAST "50");
          xmlTextWriterEndElement (w);
        }
      for (guint j = 0; j < k; j++)
        {
          element (w, "budget", "type", "1");
          xmlTextWriterWriteAttribute (w, BAD_CAST "status", BAD_CAST "2");
          element (w, "period-start", "iso-date", "2016-01-01");
          xmlTextWriterEndElement (w);
          element (w, "period-end", "iso-date", "2016-12-31");
          xmlTextWriterEndElement (w);
          element (w, "value", "currency", "EUR");
          xmlTextWriterWriteAttribute (w, BAD_CAST "value-date", BAD_CAST "2016-01-01");
          xmlTextWriterWriteString (w, BAD_CAST "170000");
          xmlTextWriterEndElement (w);
          xmlTextWriterEndElement (w);
        }
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);

  return bytes;
}

int
main (int    argc,
      char **argv)
{
  int runs = 3;
  int first = 1;
  double previous_per_activity = 0;

  if (argc > 2 && strcmp (argv[1], "--runs") == 0)
    {
      runs = MAX (1, atoi (argv[2]));
      first = 3;
    }
  if (first >= argc)
    {
      g_printerr ("usage: bench-iati [--runs N] FILE…\n");
      return 2;
    }

  g_print ("%-28s %9s %9s | %9s %9s %9s | %9s %9s %9s | %6s %9s\n",
           "file", "activities", "partner.", "export s", "MB", "MB/s",
           "plain s", "MB", "MB/s", "ratio", "us/activ.");

  for (int f = first; f < argc; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) dataset = NULL;
      g_autofree char *base = g_path_get_basename (argv[f]);
      AictActor *reporting = NULL;
      GListModel *actors;
      double best_export = G_MAXDOUBLE;
      double best_plain = G_MAXDOUBLE;
      guint64 export_bytes = 0;
      guint64 plain_bytes = 0;
      guint n_activities = 0;
      guint n_issues = 0;
      gint64 t0;

      g_autoptr(AictLoadOptions) options = aict_load_options_new ();

      /* The generated files are larger than the default limits. */
      aict_load_options_set_max_file_size (options, G_GUINT64_CONSTANT (1) << 30);
      aict_load_options_set_max_items (options, G_MAXUINT);
      aict_load_options_set_max_values (options, G_MAXUINT);
      t0 = g_get_monotonic_time ();
      dataset = aict_dataset_new_from_file_full (argv[f], options, &error);
      if (dataset == NULL)
        {
          g_printerr ("bench-iati: %s\n", error->message);
          return 1;
        }
      g_printerr ("bench-iati: loaded %s in %.2f s\n", base, (g_get_monotonic_time () - t0) / 1e6);

      actors = aict_dataset_get_actors (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (actors) && reporting == NULL; i++)
        {
          g_autoptr(AictActor) actor = g_list_model_get_item (actors, i);

          if (aict_actor_get_kind (actor) == AICT_ACTOR_KIND_DEPARTEMENT)
            reporting = actor;   /* the dataset keeps it */
        }
      if (reporting == NULL)
        {
          g_printerr ("bench-iati: %s has no département to report\n", base);
          return 1;
        }
      aict_actor_add_identifier (reporting, "siren", "000000000");

      for (int r = 0; r < runs; r++)
        {
          g_autoptr(GOutputStream) stream = g_object_new (COUNTING_TYPE_STREAM, NULL);
          g_autoptr(AictReport) report = NULL;
          double seconds;

          t0 = g_get_monotonic_time ();
          report = aict_dataset_export_iati (dataset, aict_entity_get_id (AICT_ENTITY (reporting)),
                                             NULL, NULL, stream, NULL, &error);
          seconds = (g_get_monotonic_time () - t0) / 1e6;
          if (report == NULL)
            {
              g_printerr ("bench-iati: %s\n", error->message);
              return 1;
            }
          best_export = MIN (best_export, seconds);
          export_bytes = COUNTING_STREAM (stream)->bytes;
          n_issues = g_list_model_get_n_items (aict_report_get_issues (report));

          t0 = g_get_monotonic_time ();
          plain_bytes = plain_writer (dataset, aict_actor_get_name (reporting));
          best_plain = MIN (best_plain, (g_get_monotonic_time () - t0) / 1e6);
        }

      {
        g_autoptr(GBytes) xml = NULL;

        /* Activities actually written (undated partnerships are not). */
        xml = aict_dataset_export_iati_to_bytes (dataset, aict_entity_get_id (AICT_ENTITY (reporting)),
                                                 NULL, NULL, NULL, &error);
        g_assert_no_error (error);
        for (const char *p = g_bytes_get_data (xml, NULL);
             (p = strstr (p, "<iati-activity ")) != NULL; p++)
          n_activities++;
      }

      {
        double per_activity = best_export * 1e6 / MAX (n_activities, 1);

        g_print ("%-28s %9u %9u | %9.3f %9.1f %9.1f | %9.3f %9.1f %9.1f | %6.2f %9.2f\n",
                 base, n_activities, g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)),
                 best_export, export_bytes / 1e6, export_bytes / 1e6 / best_export,
                 best_plain, plain_bytes / 1e6, plain_bytes / 1e6 / best_plain,
                 best_export / best_plain, per_activity);
        g_printerr ("bench-iati: %s: %u issues reported\n", base, n_issues);
        if (previous_per_activity > 0)
          g_printerr ("bench-iati: time per activity %.2fx the previous size's\n",
                      per_activity / previous_per_activity);
        previous_per_activity = per_activity;
      }
    }

  return 0;
}
