/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-filter-options.h"
#include "aict-format.h"
#include "aict-tool.h"

/* aict budget FILE: the totals of aict_dataset_get_budget_totals(), one
 * row per group, budget kind and currency, with the change since the
 * previous year when grouped by year.  The sums, the grouping and the
 * changes are the library's; this file lays them out. */

#define LANGUAGE_OF_LOCALE NULL

static char **opt_by;
static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "by", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_by,
    N_("Group by these dimensions, comma-separated: actor, year, country, theme, partnership, funder, "
       "or none (default: actor,year)"), N_("DIMENSION,…") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the totals as JSON on standard output"), NULL },
  { NULL }
};

/* The dimensions, in the order of the library's sort (and of the
 * columns). */
static const struct
{
  AictBudgetGrouping grouping;
  const char *nick;
  const char *header;
} dimensions[] = {
  { AICT_BUDGET_GROUPING_ACTOR, "actor", N_("Actor") },
  { AICT_BUDGET_GROUPING_YEAR, "year", N_("Year") },
  { AICT_BUDGET_GROUPING_COUNTRY, "country", N_("Country") },
  { AICT_BUDGET_GROUPING_THEME, "theme", N_("Theme") },
  { AICT_BUDGET_GROUPING_PARTNERSHIP, "partnership", N_("Partnership") },
  { AICT_BUDGET_GROUPING_FUNDER, "funder", N_("Funder") },
};

/* Parses --by; FALSE after printing the error. */
static gboolean
parse_grouping (char               **values,
                AictBudgetGrouping  *grouping)
{
  guint flags;

  if (values == NULL)
    {
      *grouping = AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR;
      return TRUE;
    }

  if (!aict_tool_parse_flags ("--by", values, AICT_TYPE_BUDGET_GROUPING, 0x3f, TRUE,
                              _("unknown dimension “%1$s” (expected %2$s)"), &flags))
    return FALSE;
  *grouping = flags;

  return TRUE;
}

/* Human output */

static char *
describe_key (AictDataset        *dataset,
              AictBudgetGrouping  grouping,
              const char         *key)
{
  if (key == NULL)
    return g_strdup ("—");

  switch (grouping)
    {
    case AICT_BUDGET_GROUPING_ACTOR:
    case AICT_BUDGET_GROUPING_FUNDER:
      return g_strdup (aict_tool_actor_name (dataset, key));
    case AICT_BUDGET_GROUPING_YEAR:
      return aict_format_year_key (key);
    case AICT_BUDGET_GROUPING_COUNTRY:
      return g_strdup (aict_tool_country_name (key));
    case AICT_BUDGET_GROUPING_THEME:
      return g_strdup (aict_tool_theme_label (key));
    case AICT_BUDGET_GROUPING_PARTNERSHIP:
    case AICT_BUDGET_GROUPING_NONE:
    default:
      return g_strdup (key);
    }
}

static char *
describe_change (const AictAmount *change)
{
  const char *currency;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  if (change == NULL)
    return NULL;

  currency = aict_amount_get_currency (change);
  min = aict_format_money (aict_amount_get_min (change), currency, TRUE);
  if (!aict_amount_is_range (change))
    return g_steal_pointer (&min);

  max = aict_format_money (aict_amount_get_max (change), currency, TRUE);
  /* TRANSLATORS: a change that is only known within bounds, each a
   * signed amount already formatted: "-€140,000 to -€130,000". */
  return g_strdup_printf (C_("range of changes", "%1$s to %2$s"), min, max);
}

static char *
describe_percent (AictTotal *total)
{
  gint64 basis_points;
  g_autofree char *percent = NULL;

  if (!aict_total_get_change_percent (total, &basis_points))
    return NULL;

  percent = aict_format_percent (basis_points);
  return basis_points > 0 ? g_strconcat ("+", percent, NULL) : g_steal_pointer (&percent);
}

static void
print_wrapped (const char *text,
               guint       indent)
{
  /* The first line starts @indent − 2 columns in, the others @indent. */
  g_autofree char *wrapped = aict_format_wrap (text, indent, AICT_FORMAT_WIDTH);

  g_print ("%*s%s\n", (int) indent - 2, "", wrapped);
}

/* The names of @ids, "" (lines with no actor) said so. */
static char *
member_names (AictDataset        *dataset,
              const char * const *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      /* TRANSLATORS: among the actors added or dropped since the
       * previous year: the budget lines that name no actor. */
      g_string_append (text, *ids[i] != '\0' ? aict_tool_actor_name (dataset, ids[i]) : _("lines without an actor"));
    }

  return g_string_free (text, FALSE);
}

/* Under the table: the rows whose members changed since the previous
 * year, the change being over the members present in both only. */
static void
print_composition (AictDataset        *dataset,
                   AictBudgetGrouping  grouping,
                   GListModel         *totals)
{
  guint n = g_list_model_get_n_items (totals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      g_autoptr(GString) group = g_string_new (NULL);
      g_autofree char *added = NULL;
      g_autofree char *dropped = NULL;
      const char * const *ids;
      char *text;

      if (!aict_total_get_composition_changed (total))
        continue;

      for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
        if (grouping & dimensions[d].grouping)
          {
            g_autofree char *key = describe_key (dataset, dimensions[d].grouping,
                                                 aict_total_get_key (total, dimensions[d].grouping));

            if (group->len > 0)
              g_string_append (group, ", ");
            g_string_append (group, key);
          }
      g_string_append (group, ", ");
      g_string_append (group, aict_budget_kind_get_label (aict_total_get_kind (total), LANGUAGE_OF_LOCALE));

      ids = aict_total_get_members_added (total);
      if (ids != NULL && ids[0] != NULL)
        added = member_names (dataset, ids);
      ids = aict_total_get_members_dropped (total);
      if (ids != NULL && ids[0] != NULL)
        dropped = member_names (dataset, ids);

      if (aict_total_get_change (total) == NULL)
        /* TRANSLATORS: under the totals by year; %1$s is a row ("2016,
         * allocated"), %2$s the year before. */
        text = g_strdup_printf (_("%1$s: no change shown, no actor has lines in both %2$s and this year."),
                                group->str, aict_total_get_previous_year (total));
      else
        /* TRANSLATORS: under the totals by year; %1$s is a row ("2016,
         * allocated"), %2$s the year before. */
        text = g_strdup_printf (_("%1$s: the actors changed since %2$s; the change is over the actors "
                                  "with lines in both years only."),
                                group->str, aict_total_get_previous_year (total));
      print_wrapped (text, 2);
      g_clear_pointer (&text, g_free);
      if (added != NULL)
        {
          /* TRANSLATORS: a list of actor names, under the totals by year. */
          text = g_strdup_printf (_("added, not in the change: %s"), added);
          print_wrapped (text, 4);
          g_clear_pointer (&text, g_free);
        }
      if (dropped != NULL)
        {
          /* TRANSLATORS: a list of actor names, under the totals by year. */
          text = g_strdup_printf (_("dropped, not in the change: %s"), dropped);
          print_wrapped (text, 4);
          g_clear_pointer (&text, g_free);
        }
    }
}

static void
print_human (AictDataset        *dataset,
             AictBudgetGrouping  grouping,
             GListModel         *totals)
{
  guint n = g_list_model_get_n_items (totals);
  gboolean by_year = (grouping & AICT_BUDGET_GROUPING_YEAR) != 0;
  guint n_columns = 0, column = 0;
  int year_column = -1;
  g_autoptr(AictFormatTable) table = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  if (n == 0)
    {
      g_print ("%s\n", _("No budget line with an amount matches."));
      return;
    }

  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    if (grouping & dimensions[d].grouping)
      n_columns++;
  n_columns += by_year ? 5 : 3;

  table = aict_format_table_new (n_columns, 0);
  rows = aict_tool_rows_new ();
  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    if (grouping & dimensions[d].grouping)
      {
        if (dimensions[d].grouping == AICT_BUDGET_GROUPING_YEAR)
          year_column = column;
        aict_format_table_set_column (table, column++, _(dimensions[d].header), AICT_FORMAT_ALIGN_LEFT, 28);
      }
  aict_format_table_set_column (table, column++, _("Kind"), AICT_FORMAT_ALIGN_LEFT, 0);
  aict_format_table_set_column (table, column++, _("Amount"), AICT_FORMAT_ALIGN_RIGHT, 0);
  if (by_year)
    {
      aict_format_table_set_column (table, column++, _("Change"), AICT_FORMAT_ALIGN_RIGHT, 0);
      /* TRANSLATORS: the header of a column of percentages of change. */
      aict_format_table_set_column (table, column++, C_("column", "%"), AICT_FORMAT_ALIGN_RIGHT, 0);
    }
  aict_format_table_set_column (table, column++, _("Lines"), AICT_FORMAT_ALIGN_RIGHT, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      char **cells = g_new0 (char *, n_columns + 1);
      guint c = 0;

      for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
        if (grouping & dimensions[d].grouping)
          cells[c++] = describe_key (dataset, dimensions[d].grouping,
                                     aict_total_get_key (total, dimensions[d].grouping));
      cells[c++] = g_strdup (aict_budget_kind_get_label (aict_total_get_kind (total), LANGUAGE_OF_LOCALE));
      cells[c++] = aict_amount_format_for_display (aict_total_get_amount (total));
      if (by_year)
        {
          cells[c++] = describe_change (aict_total_get_change (total));
          cells[c++] = describe_percent (total);
        }
      cells[c++] = aict_format_integer (aict_total_get_n_budgets (total));
      /* Every cell a string: the row is a GStrv. */
      for (guint k = 0; k < n_columns; k++)
        if (cells[k] == NULL)
          cells[k] = g_strdup ("");
      g_ptr_array_add (rows, cells);
    }

  /* A year is never cut: "2014 – …" would say nothing. */
  if (year_column >= 0)
    aict_tool_table_keep_column (table, rows, year_column, _("Year"));
  aict_tool_table_add_rows (table, rows);
  aict_tool_print_table (table);
  if (by_year)
    print_composition (dataset, grouping, totals);
}

/* JSON output */

/* An amount in both forms: exact decimal strings in major units, as
 * every --json output writes amounts, and integers of minor units. */
static void
add_bounds (JsonBuilder      *b,
            const AictAmount *amount)
{
  const char *currency = aict_amount_get_currency (amount);

  aict_json_member_take_string (b, "min", aict_amount_format_value (aict_amount_get_min (amount), currency));
  aict_json_member_take_string (b, "max", aict_amount_format_value (aict_amount_get_max (amount), currency));
  aict_json_member_int (b, "min_minor", aict_amount_get_min (amount));
  aict_json_member_int (b, "max_minor", aict_amount_get_max (amount));
}

static void
print_json (AictFilterOptions  *options,
            const char         *display,
            AictBudgetGrouping  grouping,
            GListModel         *totals)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (totals);

  json_builder_begin_object (b);
  aict_json_member_string (b, "file", display);
  json_builder_set_member_name (b, "grouping");
  json_builder_begin_array (b);
  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    if (grouping & dimensions[d].grouping)
      json_builder_add_string_value (b, dimensions[d].nick);
  json_builder_end_array (b);
  aict_filter_options_add_json (options, b);
  aict_json_member_int (b, "count", n);

  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      const AictAmount *amount = aict_total_get_amount (total);
      const AictAmount *change = aict_total_get_change (total);
      gint64 basis_points;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "keys");
      json_builder_begin_object (b);
      for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
        if (grouping & dimensions[d].grouping)
          aict_json_member_string (b, dimensions[d].nick, aict_total_get_key (total, dimensions[d].grouping));
      json_builder_end_object (b);
      aict_json_member_enum (b, "kind", AICT_TYPE_BUDGET_KIND, aict_total_get_kind (total));
      aict_json_member_string (b, "currency", aict_amount_get_currency (amount));
      add_bounds (b, amount);
      aict_json_member_boolean (b, "is_range", aict_amount_is_range (amount));
      aict_json_member_boolean (b, "approximate", aict_amount_get_approximate (amount));
      aict_json_member_int (b, "lines", aict_total_get_n_budgets (total));
      aict_json_member_strv (b, "budget_ids", aict_total_get_budget_ids (total));
      aict_json_member_string (b, "previous_year", aict_total_get_previous_year (total));
      json_builder_set_member_name (b, "change");
      if (change != NULL)
        {
          json_builder_begin_object (b);
          add_bounds (b, change);
          json_builder_end_object (b);
        }
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "comparable_previous");
      if (aict_total_get_comparable_previous (total) != NULL)
        {
          json_builder_begin_object (b);
          add_bounds (b, aict_total_get_comparable_previous (total));
          json_builder_end_object (b);
        }
      else
        json_builder_add_null_value (b);
      if (aict_total_get_members_added (total) != NULL)
        aict_json_member_strv (b, "members_added", aict_total_get_members_added (total));
      else
        {
          json_builder_set_member_name (b, "members_added");
          json_builder_add_null_value (b);
        }
      if (aict_total_get_members_dropped (total) != NULL)
        aict_json_member_strv (b, "members_dropped", aict_total_get_members_dropped (total));
      else
        {
          json_builder_set_member_name (b, "members_dropped");
          json_builder_add_null_value (b);
        }
      aict_json_member_boolean (b, "composition_changed", aict_total_get_composition_changed (total));
      json_builder_set_member_name (b, "change_basis_points");
      if (aict_total_get_change_percent (total, &basis_points))
        json_builder_add_int_value (b, basis_points);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

int
aict_tool_budget (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictFilterOptions) options = NULL;
  g_autoptr(AictFilter) filter = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  AictBudgetGrouping grouping;

  options = aict_filter_options_new (AICT_FILTER_OPTION_COUNTRY | AICT_FILTER_OPTION_THEME |
                                     AICT_FILTER_OPTION_STATUS | AICT_FILTER_OPTION_ACTOR |
                                     AICT_FILTER_OPTION_KIND | AICT_FILTER_OPTION_PERIOD |
                                     AICT_FILTER_OPTION_TEXT);

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Add up the budget lines that match the filters, grouped by the\n"
      "dimensions given.  Each total is for one kind of line and one\n"
      "currency; sums are exact, and a sum of ranges is a range.  Grouped by\n"
      "year, each total shows its change since the previous year."));
  g_option_context_set_description (context,
    _("The country, theme and status of a line are those of its partnership;\n"
      "--actor takes the lines of the actor, of its units and of its\n"
      "partnerships.\n"
      "\n"
      "Exit status: 0 on success, 1 if the file cannot be loaded, has no actor\n"
      "with the id given or a total is too large to be exact, 2 on a usage\n"
      "error or a value that is not valid."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);
  aict_filter_options_add_to (options, context,
    N_("Only the lines of partnerships with the status NICK (planned, active, slowed, dormant, suspended, "
       "ended, abandoned); repeatable"),
    N_("Only the lines of kind NICK (allocated, planned, spent, estimate); repeatable"));

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));

  if (!parse_grouping (opt_by, &grouping))
    return AICT_EXIT_USAGE;
  filter = aict_filter_options_build (options, AICT_TYPE_PARTNERSHIP_STATUS, AICT_TYPE_BUDGET_KIND);
  if (filter == NULL)
    return AICT_EXIT_USAGE;

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  totals = aict_dataset_get_budget_totals (dataset, grouping, filter, &error);
  if (totals == NULL)
    return aict_tool_library_error (error);

  if (opt_json)
    print_json (options, display, grouping, totals);
  else
    print_human (dataset, grouping, totals);

  return AICT_EXIT_OK;
}
