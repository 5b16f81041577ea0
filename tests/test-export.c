/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The IATI and DOT exports on tests/data/iati/export.json, a fixture with
 * one case per mapping of doc/iati.md: each expectation below is a line
 * of a table there.  The XML is read back with libxml2's XPath. */

#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include <aict/aict.h>

static AictDataset *
load_fixture (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  AictDataset *dataset;
  const char *root = g_getenv ("AICT_SOURCE_ROOT");

  if (root != NULL && *root != '\0')
    path = g_build_filename (root, "tests", "data", "iati", "export.json", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "data", "iati", "export.json", NULL);

  dataset = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);

  return dataset;
}

typedef struct
{
  AictDataset *dataset;
  GBytes *xml;
  AictReport *report;
  xmlDocPtr doc;
  xmlXPathContextPtr xpath;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_JUNE, 2026);
  gsize size;
  const char *xml;

  f->dataset = load_fixture ();
  f->xml = aict_dataset_export_iati_to_bytes (f->dataset, "cd17", NULL, today, &f->report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->report);
  xml = g_bytes_get_data (f->xml, &size);
  f->doc = xmlReadMemory (xml, size, "export.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (f->doc);
  f->xpath = xmlXPathNewContext (f->doc);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  xmlXPathFreeContext (f->xpath);
  xmlFreeDoc (f->doc);
  g_bytes_unref (f->xml);
  g_object_unref (f->report);
  g_object_unref (f->dataset);
}

/* The string value of the XPath expression @expr. */
static char *
xpath_string (Fixture    *f,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static char *
xpath_string (Fixture    *f,
              const char *format,
              ...)
{
  g_autofree char *expr = NULL;
  g_autofree char *wrapped = NULL;
  xmlXPathObjectPtr result;
  char *value;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);

  wrapped = g_strdup_printf ("string(%s)", expr);
  result = xmlXPathEvalExpression (BAD_CAST wrapped, f->xpath);
  g_assert_nonnull (result);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);

  return value;
}

static double
xpath_number (Fixture    *f,
              const char *expr)
{
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST expr, f->xpath);
  double value;

  g_assert_nonnull (result);
  value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);

  return value;
}

#define ACTIVITY(id) "/iati-activities/iati-activity[iati-identifier='FR-RCS-000000000-" id "']"

static void
assert_xpath (Fixture    *f,
              const char *expr,
              const char *expected)
{
  g_autofree char *value = xpath_string (f, "%s", expr);

  if (g_strcmp0 (value, expected) != 0)
    g_error ("%s: “%s”, expected “%s”", expr, value, expected);
}

static gboolean
report_has (AictReport *report,
            const char *code,
            const char *object_id)
{
  GListModel *issues = aict_report_get_issues (report);

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (issues, i);

      if (strcmp (aict_issue_get_code (issue), code) == 0
          && g_strcmp0 (aict_issue_get_object_id (issue), object_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_org_ids (void)
{
  g_autoptr(AictDataset) dataset = load_fixture ();
  static const struct { const char *actor; const char *org_id; } cases[] = {
    { "cd17", "FR-RCS-000000000" },      /* SIREN, spaces taken out */
    { "ong-orgid", "XI-TEST-1" },        /* an org-id wins over the SIREN */
    { "entreprise", "FR-RCS-222222222" },  /* the SIREN of a SIRET */
    { "asso-rna", NULL },                /* RNA: no org-id.guide list */
    { "cd24", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *org_id = aict_actor_dup_iati_org_id (aict_dataset_lookup_actor (dataset, cases[i].actor));

      g_assert_cmpstr (org_id, ==, cases[i].org_id);
    }
}

static void
test_reporting_org_errors (void)
{
  g_autoptr(AictDataset) dataset = load_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(AictReport) report = NULL;

  xml = aict_dataset_export_iati_to_bytes (dataset, "cd24", NULL, NULL, &report, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_null (xml);
  g_assert_null (report);
  g_assert_nonnull (strstr (error->message, "“cd24”"));
  g_assert_nonnull (strstr (error->message, "Conseil départemental de la Dordogne"));
  g_clear_error (&error);

  xml = aict_dataset_export_iati_to_bytes (dataset, "nobody", NULL, NULL, NULL, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
  g_assert_null (xml);
}

static void
test_identifiers (Fixture       *f,
                  gconstpointer  data)
{
  /* One activity per partnership with a start; p-undated is reported. */
  g_assert_cmpfloat (xpath_number (f, "count(//iati-activity)"), ==, 10);
  g_assert_cmpfloat (xpath_number (f, "count(" ACTIVITY ("p-undated") ")"), ==, 0);
  g_assert_true (report_has (f->report, "iati-no-start", "p-undated"));
  assert_xpath (f, "/iati-activities/@version", "2.03");
  assert_xpath (f, ACTIVITY ("p-roles") "/reporting-org/@ref", "FR-RCS-000000000");
  assert_xpath (f, ACTIVITY ("p-roles") "/reporting-org/@type", "11");
  /* The reporting organisation takes part in p-roles, not in p-other. */
  assert_xpath (f, ACTIVITY ("p-roles") "/reporting-org/@secondary-reporter", "");
  assert_xpath (f, ACTIVITY ("p-other") "/reporting-org/@secondary-reporter", "1");
}

static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  static const struct { const char *name; const char *role; const char *type; const char *ref; } orgs[] = {
    { "Conseil départemental de la Charente-Maritime", "2", "11", "FR-RCS-000000000" },  /* lead */
    { "Commune de Podor", "4", "11", "" },                       /* partner */
    { "Association « Les Amis \"d'ailleurs\" » & co", "4", "22", "" },  /* operator, RNA only */
    { "Ministère", "1", "10", "" },                              /* funder */
    { "Service des relations internationales", "4", "11", "" },  /* a service: its parent's type */
    { "Association sénégalaise", "4", "24", "" },                /* partner-country NGO */
    { "ONG avec org-id", "4", "22", "XI-TEST-1" },
    { "Entreprise", "4", "70", "FR-RCS-222222222" },
  };

  g_assert_cmpfloat (xpath_number (f, "count(" ACTIVITY ("p-roles") "/participating-org)"), ==, G_N_ELEMENTS (orgs));
  for (guint i = 0; i < G_N_ELEMENTS (orgs); i++)
    {
      g_autofree char *role = xpath_string (f, ACTIVITY ("p-roles") "/participating-org[%u]/@role", i + 1);
      g_autofree char *type = xpath_string (f, ACTIVITY ("p-roles") "/participating-org[%u]/@type", i + 1);
      g_autofree char *ref = xpath_string (f, ACTIVITY ("p-roles") "/participating-org[%u]/@ref", i + 1);
      g_autofree char *name = xpath_string (f, ACTIVITY ("p-roles") "/participating-org[%u]/narrative", i + 1);

      g_assert_cmpstr (name, ==, orgs[i].name);
      g_assert_cmpstr (role, ==, orgs[i].role);
      g_assert_cmpstr (type, ==, orgs[i].type);
      g_assert_cmpstr (ref, ==, orgs[i].ref);
    }
  /* The supporter is left out, and said to be. */
  g_assert_cmpfloat (xpath_number (f, "count(//participating-org[narrative='IUT'])"), ==, 0);
  g_assert_true (report_has (f->report, "iati-role-supporter", "p-roles"));
}

static void
test_statuses (Fixture       *f,
               gconstpointer  data)
{
  static const struct { const char *id; const char *code; const char *lost; } cases[] = {
    { "p-planned", "1", NULL },
    { "p-roles", "2", NULL },
    { "p-slowed", "2", "iati-status-slowed" },
    { "p-dormant", "6", "iati-status-dormant" },
    { "p-suspended", "6", NULL },
    { "p-ended", "4", NULL },
    { "p-abandoned", "5", "iati-status-abandoned" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *code = xpath_string (f, "/iati-activities/iati-activity[iati-identifier='FR-RCS-000000000-%s']"
                                               "/activity-status/@code", cases[i].id);

      g_assert_cmpstr (code, ==, cases[i].code);
      if (cases[i].lost != NULL)
        g_assert_true (report_has (f->report, cases[i].lost, cases[i].id));
    }
}

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  static const struct { const char *id; const char *type; const char *date; } cases[] = {
    { "p-roles", "2", "2010-03-15" },            /* a day: as it is */
    { "p-slowed", "2", "2008-01-01" },           /* a year: its first day */
    { "p-dormant", "2", "2008-06-01" },          /* a month: its first day */
    { "p-planned", "1", "2027-01-01" },          /* planned: planned start */
    { "p-planned", "3", "2029-12-31" },          /* … and planned end, the last day */
    { "p-ended", "4", "2005-12-31" },            /* ended: actual end, the last day */
    { "p-abandoned", "4", "2015-02-28" },
    { "p-ended-this-year", "4", "2026-06-15" },  /* never after today */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = xpath_string (f, "/iati-activities/iati-activity[iati-identifier='FR-RCS-000000000-%s']"
                                               "/activity-date[@type='%s']/@iso-date", cases[i].id, cases[i].type);

      g_assert_cmpstr (date, ==, cases[i].date);
    }
  g_assert_true (report_has (f->report, "iati-date-first-day", NULL));
  g_assert_true (report_has (f->report, "iati-date-last-day", NULL));
}

static void
test_countries_sectors (Fixture       *f,
                        gconstpointer  data)
{
  /* Three countries: 34 + 33 + 33. */
  assert_xpath (f, ACTIVITY ("p-roles") "/recipient-country[1]/@code", "SN");
  assert_xpath (f, ACTIVITY ("p-roles") "/recipient-country[1]/@percentage", "34");
  assert_xpath (f, ACTIVITY ("p-roles") "/recipient-country[3]/@percentage", "33");
  g_assert_cmpfloat (xpath_number (f, "sum(" ACTIVITY ("p-roles") "/recipient-country/@percentage)"), ==, 100);
  /* Four themes, four DAC sectors, vocabulary 1: 25 each. */
  assert_xpath (f, ACTIVITY ("p-roles") "/sector[1]/@code", "14030");
  assert_xpath (f, ACTIVITY ("p-roles") "/sector[1]/@vocabulary", "1");
  g_assert_cmpfloat (xpath_number (f, "count(" ACTIVITY ("p-roles") "/sector)"), ==, 4);
  g_assert_cmpfloat (xpath_number (f, "sum(" ACTIVITY ("p-roles") "/sector/@percentage)"), ==, 100);
  assert_xpath (f, ACTIVITY ("p-roles") "/sector[4]/@percentage", "25");
}

static void
test_budgets (Fixture       *f,
              gconstpointer  data)
{
  /* Allocated, one calendar year: committed, the year's days, value-date
   * its start. */
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/@type", "1");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/@status", "2");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/period-start/@iso-date", "2016-01-01");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/period-end/@iso-date", "2016-12-31");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/value", "170000");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/value/@currency", "EUR");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[1]/value/@value-date", "2016-01-01");
  /* A range: its midpoint, indicative, and a warning. */
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[2]/value", "50000.5");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[2]/@status", "1");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[2]/period-end/@iso-date", "2017-06-30");
  g_assert_true (report_has (f->report, "iati-budget-range", "b-range"));
  /* Approximate: indicative, though allocated; XOF has no decimals. */
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[3]/@status", "1");
  assert_xpath (f, ACTIVITY ("p-budgets") "/budget[3]/value", "1000000");
  g_assert_true (report_has (f->report, "iati-budget-approximate", "b-approx"));
  /* Not written, each said: two years, no period, spent, staff, no
   * partnership. */
  g_assert_cmpfloat (xpath_number (f, "count(//budget)"), ==, 3);
  g_assert_true (report_has (f->report, "iati-budget-period-too-long", "b-two-years"));
  g_assert_true (report_has (f->report, "iati-budget-no-period", "b-undated"));
  g_assert_true (report_has (f->report, "iati-budget-spent", "b-spent"));
  g_assert_true (report_has (f->report, "iati-budget-staff", "b-staff"));
  g_assert_true (report_has (f->report, "iati-budget-no-partnership", "b-service"));
  g_assert_true (report_has (f->report, "iati-budget-bad-period", "b-reversed"));
  /* The funders of the lines are funding organisations, once each; their
   * shares are lost and said to be. */
  g_assert_cmpfloat (xpath_number (f, "count(" ACTIVITY ("p-budgets") "/participating-org[@role='1'])"), ==, 3);
  g_assert_cmpfloat (xpath_number (f, "count(" ACTIVITY ("p-budgets") "/participating-org[narrative='PNUD'])"), ==, 1);
  g_assert_true (report_has (f->report, "iati-funder-share", "b-allocated"));
}

static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  gsize size;
  const char *xml = g_bytes_get_data (f->xml, &size);
  g_autofree char *text = g_strndup (xml, size);

  /* Markup in text is escaped (the document parsed), French narratives
   * say their language. */
  assert_xpath (f, ACTIVITY ("p-roles") "/title/narrative", "Rôles <&> \"tous\"\nsur deux lignes");
  assert_xpath (f, ACTIVITY ("p-roles") "/title/narrative/@xml:lang", "fr");
  assert_xpath (f, ACTIVITY ("p-roles") "/@xml:lang", "fr");
  assert_xpath (f, ACTIVITY ("p-roles") "/description/narrative", "Notes du partenariat.");
  /* A partnership without notes: its title as description, said so. */
  assert_xpath (f, ACTIVITY ("p-slowed") "/description/narrative", "Au ralenti");
  g_assert_true (report_has (f->report, "iati-description-title", NULL));
  g_assert_true (report_has (f->report, "iati-participant-notes", NULL));
  /* No personal data, no contact of the actors. */
  g_assert_null (strstr (text, "Personne"));
  g_assert_null (strstr (text, "@example"));
  g_assert_null (strstr (text, "boulevard"));
  g_assert_null (strstr (text, "+33"));
  g_assert_true (report_has (f->report, "iati-persons", NULL));
}

static void
test_filter (void)
{
  g_autoptr(AictDataset) dataset = load_fixture ();
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(AictReport) report = NULL;

  aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_ENDED);
  xml = aict_dataset_export_iati_to_bytes (dataset, "cd17", filter, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "FR-RCS-000000000-p-ended<"));
  g_assert_null (strstr (g_bytes_get_data (xml, NULL), "p-roles"));
  /* Left out by the filter: not reported as lost. */
  g_assert_false (report_has (report, "iati-no-start", "p-undated"));
}

static void
test_cancelled (void)
{
  g_autoptr(AictDataset) dataset = load_fixture ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AictReport) report = NULL;

  g_cancellable_cancel (cancellable);
  report = aict_dataset_export_iati (dataset, "cd17", NULL, NULL, stream, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
}

static void
test_dot (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictActor) actor = aict_actor_new ("a\"1", "Région \"Sud\"\\Nord\nÉté", AICT_ACTOR_KIND_REGION);
  g_autoptr(AictPartnership) partnership = aict_partnership_new ("p1", "Coopération", AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_autoptr(AictParticipant) participant = aict_participant_new ("a\"1", AICT_PARTICIPANT_ROLE_LEAD);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) dot = NULL;
  g_autofree char *text = NULL;

  aict_partnership_add_participant (partnership, participant);
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (actor), &error));
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (partnership), &error));
  g_assert_no_error (error);

  dot = aict_dataset_export_dot_to_bytes (dataset, NULL, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (dot, NULL), g_bytes_get_size (dot));
  g_assert_true (g_str_has_prefix (text, "digraph aict {\n"));
  g_assert_nonnull (strstr (text, "  \"a\\\"1\" [shape=box, label=\"Région \\\"Sud\\\"\\\\Nord\\nÉté\"];\n"));
  g_assert_nonnull (strstr (text, "  \"p1\" [shape=ellipse, label=\"Coopération\"];\n"));
  g_assert_nonnull (strstr (text, "  \"a\\\"1\" -> \"p1\" [label=\"lead\"];\n"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/iati/org-ids", test_org_ids);
  g_test_add_func ("/export/iati/reporting-org-errors", test_reporting_org_errors);
  g_test_add ("/export/iati/identifiers", Fixture, NULL, fixture_set_up, test_identifiers, fixture_tear_down);
  g_test_add ("/export/iati/roles", Fixture, NULL, fixture_set_up, test_roles, fixture_tear_down);
  g_test_add ("/export/iati/statuses", Fixture, NULL, fixture_set_up, test_statuses, fixture_tear_down);
  g_test_add ("/export/iati/dates", Fixture, NULL, fixture_set_up, test_dates, fixture_tear_down);
  g_test_add ("/export/iati/countries-sectors", Fixture, NULL, fixture_set_up, test_countries_sectors, fixture_tear_down);
  g_test_add ("/export/iati/budgets", Fixture, NULL, fixture_set_up, test_budgets, fixture_tear_down);
  g_test_add ("/export/iati/text", Fixture, NULL, fixture_set_up, test_text, fixture_tear_down);
  g_test_add_func ("/export/iati/filter", test_filter);
  g_test_add_func ("/export/iati/cancelled", test_cancelled);
  g_test_add_func ("/export/dot/escaping", test_dot);

  return g_test_run ();
}
