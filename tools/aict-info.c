/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-tool.h"

/* aict info: what a dataset holds, at a glance. */

static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the summary as JSON on standard output"), NULL },
  { NULL }
};

typedef struct
{
  const char *code;
  guint partnerships;
  guint actors;
} CountryCount;

typedef struct
{
  AictBudgetKind kind;
  AictAmount *total;
  guint lines;
  gboolean overflow;
} BudgetTotal;

static void
budget_total_free (gpointer data)
{
  BudgetTotal *total = data;

  g_clear_pointer (&total->total, aict_amount_free);
  g_free (total);
}

typedef struct
{
  AictPartialDate *first;
  AictPartialDate *last;
} Span;

static void
span_add (Span                  *span,
          const AictPartialDate *date)
{
  if (date == NULL)
    return;

  if (span->first == NULL || aict_partial_date_sort_compare (date, span->first) < 0)
    {
      g_clear_pointer (&span->first, aict_partial_date_free);
      span->first = aict_partial_date_copy (date);
    }

  if (span->last == NULL)
    span->last = aict_partial_date_copy (date);
  else
    {
      g_autoptr(GDate) a = aict_partial_date_get_last_day (date);
      g_autoptr(GDate) b = aict_partial_date_get_last_day (span->last);

      if (g_date_compare (a, b) > 0)
        {
          g_clear_pointer (&span->last, aict_partial_date_free);
          span->last = aict_partial_date_copy (date);
        }
    }
}

static CountryCount *
country_lookup (GHashTable *countries,
                const char *code)
{
  CountryCount *count = g_hash_table_lookup (countries, code);

  if (count == NULL)
    {
      count = g_new0 (CountryCount, 1);
      count->code = g_intern_string (code);
      g_hash_table_insert (countries, (gpointer) count->code, count);
    }

  return count;
}

static int
compare_countries (gconstpointer a,
                   gconstpointer b)
{
  const CountryCount *x = *(const CountryCount * const *) a;
  const CountryCount *y = *(const CountryCount * const *) b;

  if (x->partnerships != y->partnerships)
    return x->partnerships > y->partnerships ? -1 : 1;
  if (x->actors != y->actors)
    return x->actors > y->actors ? -1 : 1;
  return strcmp (x->code, y->code);
}

static int
compare_totals (gconstpointer a,
                gconstpointer b)
{
  const BudgetTotal *x = *(const BudgetTotal * const *) a;
  const BudgetTotal *y = *(const BudgetTotal * const *) b;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return strcmp (aict_amount_get_currency (x->total), aict_amount_get_currency (y->total));
}

/* g_hash_table_get_values_as_ptr_array() is Since: 2.76. */
static GPtrArray *
values_of (GHashTable *table)
{
  GPtrArray *values = g_ptr_array_sized_new (g_hash_table_size (table));
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (values, value);

  return values;
}

static char *
format_amount (const AictAmount *amount)
{
  const char *currency = aict_amount_get_currency (amount);
  g_autofree char *min = aict_amount_format_value (aict_amount_get_min (amount), currency);
  g_autofree char *max = aict_amount_format_value (aict_amount_get_max (amount), currency);

  if (!aict_amount_is_range (amount))
    return g_strdup_printf ("%s %s", min, currency);

  return g_strdup_printf ("%s–%s %s", min, max, currency);
}

int
aict_tool_info (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GHashTable) countries = NULL;
  g_autoptr(GHashTable) totals = NULL;
  g_autoptr(GPtrArray) country_list = NULL;
  g_autoptr(GPtrArray) total_list = NULL;
  g_autofree char *display = NULL;
  Span span = { NULL, NULL };
  GListModel *model;
  guint n_outcomes = 0, n_open_actions = 0, n;
  gboolean overflow = FALSE;
  int status = AICT_EXIT_OK;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Summarise an aict/1 dataset: how many of each object, the\n"
                                           "period it covers, the countries, the budget totals."));
  g_option_context_set_description (context,
    _("Exit status: 0 on success, 1 if the file cannot be loaded, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));

  display = g_filename_display_name (argv[1]);
  dataset = aict_dataset_new_from_file (argv[1], NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return AICT_EXIT_FAILED;
    }

  countries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, budget_total_free);

  model = aict_dataset_get_actors (dataset);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictActor) actor = g_list_model_get_item (model, i);

      if (aict_actor_get_country (actor) != NULL)
        country_lookup (countries, aict_actor_get_country (actor))->actors++;
    }

  model = aict_dataset_get_partnerships (dataset);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (model, i);
      const char * const *codes = aict_partnership_get_countries (partnership);

      for (guint c = 0; codes[c] != NULL; c++)
        country_lookup (countries, codes[c])->partnerships++;
      span_add (&span, aict_partnership_get_start (partnership));
      span_add (&span, aict_partnership_get_end (partnership));
    }

  model = aict_dataset_get_budgets (dataset);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictBudget) budget = g_list_model_get_item (model, i);
      const AictAmount *amount = aict_budget_get_amount (budget);
      g_autofree char *key = NULL;
      BudgetTotal *total;

      span_add (&span, aict_budget_get_start (budget));
      span_add (&span, aict_budget_get_end (budget));
      if (amount == NULL)
        continue;

      key = g_strdup_printf ("%d/%s", aict_budget_get_kind (budget), aict_amount_get_currency (amount));
      total = g_hash_table_lookup (totals, key);
      if (total == NULL)
        {
          total = g_new0 (BudgetTotal, 1);
          total->kind = aict_budget_get_kind (budget);
          total->total = aict_amount_copy (amount);
          g_hash_table_insert (totals, g_steal_pointer (&key), total);
        }
      else if (!total->overflow)
        {
          g_autoptr(GError) sum_error = NULL;
          AictAmount *sum = aict_amount_add (total->total, amount, &sum_error);

          if (sum == NULL)
            {
              total->overflow = TRUE;
              overflow = TRUE;
            }
          else
            {
              aict_amount_free (total->total);
              total->total = sum;
            }
        }
      total->lines++;
    }

  model = aict_dataset_get_meetings (dataset);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictMeeting) meeting = g_list_model_get_item (model, i);
      GListModel *outcomes = aict_meeting_get_outcomes (meeting);
      guint n_o = g_list_model_get_n_items (outcomes);

      span_add (&span, aict_meeting_get_date (meeting));
      span_add (&span, aict_meeting_get_end_date (meeting));
      n_outcomes += n_o;
      for (guint o = 0; o < n_o; o++)
        {
          g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, o);

          if (aict_outcome_get_kind (outcome) == AICT_OUTCOME_KIND_ACTION &&
              (aict_outcome_get_status (outcome) == AICT_OUTCOME_STATUS_OPEN ||
               aict_outcome_get_status (outcome) == AICT_OUTCOME_STATUS_IN_PROGRESS))
            n_open_actions++;
        }
    }

  country_list = values_of (countries);
  g_ptr_array_sort (country_list, compare_countries);
  total_list = values_of (totals);
  g_ptr_array_sort (total_list, compare_totals);

  {
    const struct { const char *key; const char *label; guint count; } counts[] = {
      { "sources", N_("Sources"), g_list_model_get_n_items (aict_dataset_get_sources (dataset)) },
      { "actors", N_("Actors"), g_list_model_get_n_items (aict_dataset_get_actors (dataset)) },
      { "persons", N_("Persons"), g_list_model_get_n_items (aict_dataset_get_persons (dataset)) },
      { "partnerships", N_("Partnerships"), g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)) },
      { "budgets", N_("Budget lines"), g_list_model_get_n_items (aict_dataset_get_budgets (dataset)) },
      { "meetings", N_("Meetings"), g_list_model_get_n_items (aict_dataset_get_meetings (dataset)) },
      { "outcomes", N_("Outcomes"), n_outcomes },
      { "open_actions", N_("Open actions"), n_open_actions },
    };
    g_autofree char *first = span.first != NULL ? aict_partial_date_to_string (span.first) : NULL;
    g_autofree char *last = span.last != NULL ? aict_partial_date_to_string (span.last) : NULL;

    if (opt_json)
      {
        g_autoptr(JsonBuilder) b = json_builder_new ();

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "file");
        json_builder_add_string_value (b, display);
        json_builder_set_member_name (b, "title");
        if (aict_dataset_get_title (dataset) != NULL)
          json_builder_add_string_value (b, aict_dataset_get_title (dataset));
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "counts");
        json_builder_begin_object (b);
        for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
          {
            json_builder_set_member_name (b, counts[i].key);
            json_builder_add_int_value (b, counts[i].count);
          }
        json_builder_end_object (b);
        json_builder_set_member_name (b, "period");
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "first");
        if (first != NULL)
          json_builder_add_string_value (b, first);
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "last");
        if (last != NULL)
          json_builder_add_string_value (b, last);
        else
          json_builder_add_null_value (b);
        json_builder_end_object (b);
        json_builder_set_member_name (b, "countries");
        json_builder_begin_array (b);
        for (guint i = 0; i < country_list->len; i++)
          {
            const CountryCount *c = g_ptr_array_index (country_list, i);

            json_builder_begin_object (b);
            json_builder_set_member_name (b, "code");
            json_builder_add_string_value (b, c->code);
            json_builder_set_member_name (b, "partnerships");
            json_builder_add_int_value (b, c->partnerships);
            json_builder_set_member_name (b, "actors");
            json_builder_add_int_value (b, c->actors);
            json_builder_end_object (b);
          }
        json_builder_end_array (b);
        json_builder_set_member_name (b, "budget_totals");
        json_builder_begin_array (b);
        for (guint i = 0; i < total_list->len; i++)
          {
            const BudgetTotal *t = g_ptr_array_index (total_list, i);
            const char *currency = aict_amount_get_currency (t->total);
            g_autofree char *min = aict_amount_format_value (aict_amount_get_min (t->total), currency);
            g_autofree char *max = aict_amount_format_value (aict_amount_get_max (t->total), currency);

            json_builder_begin_object (b);
            json_builder_set_member_name (b, "kind");
            json_builder_add_string_value (b, aict_tool_enum_nick (AICT_TYPE_BUDGET_KIND, t->kind));
            json_builder_set_member_name (b, "currency");
            json_builder_add_string_value (b, currency);
            json_builder_set_member_name (b, "lines");
            json_builder_add_int_value (b, t->lines);
            /* Decimal strings: exact, whatever the reader's number type. */
            json_builder_set_member_name (b, "min");
            json_builder_add_string_value (b, min);
            json_builder_set_member_name (b, "max");
            json_builder_add_string_value (b, max);
            json_builder_set_member_name (b, "overflow");
            json_builder_add_boolean_value (b, t->overflow);
            json_builder_end_object (b);
          }
        json_builder_end_array (b);
        json_builder_end_object (b);
        aict_tool_print_json (b);
      }
    else
      {
        if (aict_dataset_get_title (dataset) != NULL)
          g_print ("%s\n\n", aict_dataset_get_title (dataset));
        for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
          {
            g_autofree char *label = aict_tool_pad (_(counts[i].label), 18);
            g_print ("  %s %6u\n", label, counts[i].count);
          }
        if (first != NULL)
          {
            g_autofree char *label = aict_tool_pad (_("Period"), 18);
            g_print ("\n  %s %s – %s\n", label, first, last);
          }

        if (country_list->len > 0)
          {
            g_print ("\n%s\n", _("Countries (partnerships, actors):"));
            for (guint i = 0; i < country_list->len; i++)
              {
                const CountryCount *c = g_ptr_array_index (country_list, i);
                const char *name = aict_country_get_name (c->code, NULL);
                g_autofree char *padded = aict_tool_pad (name != NULL ? name : "?", 40);

                g_print ("  %s  %s %4u %4u\n", c->code, padded, c->partnerships, c->actors);
              }
          }

        if (total_list->len > 0)
          {
            g_print ("\n%s\n", _("Budget totals (by kind of line):"));
            for (guint i = 0; i < total_list->len; i++)
              {
                const BudgetTotal *t = g_ptr_array_index (total_list, i);
                g_autofree char *text = format_amount (t->total);

                g_autofree char *kind = aict_tool_pad (aict_budget_kind_get_label (t->kind, NULL), 12);
                g_autofree char *value = aict_tool_pad (t->overflow ? _("too large to add exactly") : text, 30);

                g_print ("  %s %s ", kind, value);
                g_print (g_dngettext (GETTEXT_PACKAGE, "(%u line)", "(%u lines)", t->lines), t->lines);
                g_print ("\n");
              }
          }
      }
  }

  g_clear_pointer (&span.first, aict_partial_date_free);
  g_clear_pointer (&span.last, aict_partial_date_free);

  if (overflow)
    status = AICT_EXIT_FAILED;

  return status;
}
