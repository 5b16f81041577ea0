/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-filter-options.h"
#include "aict-tool.h"

/* The filter options of aict list, budget, overlaps and actions.  Each
 * maps to one criterion of AictFilter; the values are checked here (a
 * nick, a code, a date), what they mean and whether they apply is the
 * library's business. */

/* Labels, country and theme names in the language of the locale. */
#define LANGUAGE_OF_LOCALE NULL

#define N_OPTIONS 12

struct _AictFilterOptions
{
  AictFilterOptionFlags flags;
  GOptionEntry entries[N_OPTIONS + 1];

  /* As given. */
  char **countries;
  char **themes;
  char **statuses;
  char **roles;
  char **kinds;
  char *actor;
  char *from;
  char *to;
  char *text;
  char *owner;
  char *meeting;
  char *overdue_at;

  /* As built. */
  GPtrArray *country_codes;
  GPtrArray *theme_codes;
  GType status_type;
  guint32 status_bits;
  guint32 role_bits;
  GType kind_type;
  guint32 kind_bits;
  AictPartialDate *from_date;
  AictPartialDate *to_date;
  AictPartialDate *overdue_date;
};

AictFilterOptions *
aict_filter_options_new (AictFilterOptionFlags flags)
{
  AictFilterOptions *options = g_new0 (AictFilterOptions, 1);

  options->flags = flags;
  options->country_codes = g_ptr_array_new_with_free_func (g_free);
  options->theme_codes = g_ptr_array_new_with_free_func (g_free);

  return options;
}

void
aict_filter_options_free (AictFilterOptions *options)
{
  if (options == NULL)
    return;

  g_strfreev (options->countries);
  g_strfreev (options->themes);
  g_strfreev (options->statuses);
  g_strfreev (options->roles);
  g_strfreev (options->kinds);
  g_free (options->actor);
  g_free (options->from);
  g_free (options->to);
  g_free (options->text);
  g_free (options->owner);
  g_free (options->meeting);
  g_free (options->overdue_at);
  g_ptr_array_unref (options->country_codes);
  g_ptr_array_unref (options->theme_codes);
  g_clear_pointer (&options->from_date, aict_partial_date_free);
  g_clear_pointer (&options->to_date, aict_partial_date_free);
  g_clear_pointer (&options->overdue_date, aict_partial_date_free);
  g_free (options);
}

void
aict_filter_options_add_to (AictFilterOptions *options,
                            GOptionContext    *context,
                            const char        *status_help,
                            const char        *kind_help)
{
  const struct
  {
    AictFilterOptionFlags flag;
    const char *long_name;
    GOptionArg arg;
    gpointer data;
    const char *description;
    const char *arg_description;
  } all[] = {
    { AICT_FILTER_OPTION_COUNTRY, "country", G_OPTION_ARG_STRING_ARRAY, &options->countries,
      N_("Only in the country CC (ISO 3166-1, such as MA); repeatable, or comma-separated"), N_("CC") },
    { AICT_FILTER_OPTION_THEME, "theme", G_OPTION_ARG_STRING_ARRAY, &options->themes,
      N_("Only about the theme CODE (such as water); repeatable"), N_("CODE") },
    { AICT_FILTER_OPTION_STATUS, "status", G_OPTION_ARG_STRING_ARRAY, &options->statuses,
      status_help != NULL ? status_help :
      N_("Only with the partnership status NICK (planned, active, slowed, dormant, suspended, ended, abandoned); repeatable"),
      N_("NICK") },
    { AICT_FILTER_OPTION_ACTOR, "actor", G_OPTION_ARG_STRING, &options->actor,
      N_("Only what involves the actor ID or one of its units"), N_("ID") },
    { AICT_FILTER_OPTION_ROLE, "role", G_OPTION_ARG_STRING_ARRAY, &options->roles,
      N_("Only with the role NICK in a partnership (lead, partner, operator, funder, supporter); repeatable"),
      N_("NICK") },
    { AICT_FILTER_OPTION_KIND, "kind", G_OPTION_ARG_STRING_ARRAY, &options->kinds,
      kind_help != NULL ? kind_help : N_("Only of the kind NICK; repeatable"), N_("NICK") },
    { AICT_FILTER_OPTION_PERIOD, "from", G_OPTION_ARG_STRING, &options->from,
      N_("Only what overlaps the period from DATE (YYYY, YYYY-MM or YYYY-MM-DD)"), N_("DATE") },
    { AICT_FILTER_OPTION_PERIOD, "to", G_OPTION_ARG_STRING, &options->to,
      N_("Only what overlaps the period until DATE"), N_("DATE") },
    { AICT_FILTER_OPTION_TEXT, "text", G_OPTION_ARG_STRING, &options->text,
      N_("Only what holds every word of TEXT, without regard to case or accents"), N_("TEXT") },
    { AICT_FILTER_OPTION_OWNER, "owner", G_OPTION_ARG_STRING, &options->owner,
      N_("Only the outcomes owned by the actor ID or one of its units"), N_("ID") },
    { AICT_FILTER_OPTION_MEETING, "meeting", G_OPTION_ARG_STRING, &options->meeting,
      N_("Only the outcomes of the meeting ID"), N_("ID") },
    { AICT_FILTER_OPTION_OVERDUE_AT, "overdue-at", G_OPTION_ARG_STRING, &options->overdue_at,
      N_("Only the actions still open or in progress whose due date is past on DATE"), N_("DATE") },
  };
  guint n = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (all) == N_OPTIONS);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (options->flags & all[i].flag)
      options->entries[n++] = (GOptionEntry) { all[i].long_name, 0, 0, all[i].arg, all[i].data,
                                               all[i].description, all[i].arg_description };
  options->entries[n] = (GOptionEntry) { NULL };

  g_option_context_add_main_entries (context, options->entries, GETTEXT_PACKAGE);
}

gboolean
aict_filter_options_given (AictFilterOptions     *options,
                           AictFilterOptionFlags  flags)
{
  return ((flags & AICT_FILTER_OPTION_COUNTRY) && options->countries != NULL) ||
         ((flags & AICT_FILTER_OPTION_THEME) && options->themes != NULL) ||
         ((flags & AICT_FILTER_OPTION_STATUS) && options->statuses != NULL) ||
         ((flags & AICT_FILTER_OPTION_ACTOR) && options->actor != NULL) ||
         ((flags & AICT_FILTER_OPTION_ROLE) && options->roles != NULL) ||
         ((flags & AICT_FILTER_OPTION_KIND) && options->kinds != NULL) ||
         ((flags & AICT_FILTER_OPTION_PERIOD) && (options->from != NULL || options->to != NULL)) ||
         ((flags & AICT_FILTER_OPTION_TEXT) && options->text != NULL) ||
         ((flags & AICT_FILTER_OPTION_OWNER) && options->owner != NULL) ||
         ((flags & AICT_FILTER_OPTION_MEETING) && options->meeting != NULL) ||
         ((flags & AICT_FILTER_OPTION_OVERDUE_AT) && options->overdue_at != NULL);
}

/* Errors */

int
aict_tool_option_error (const char *option,
                        const char *message)
{
  g_printerr ("%s: %s: %s\n", g_get_prgname (), option, message);

  return AICT_EXIT_USAGE;
}

int
aict_tool_library_error (const GError *error)
{
  g_printerr ("%s: %s\n", g_get_prgname (), error->message);

  if (g_error_matches (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT))
    return AICT_EXIT_USAGE;

  return AICT_EXIT_FAILED;
}

/* Values */

GPtrArray *
aict_tool_split_values (char **values)
{
  GPtrArray *split = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        g_ptr_array_add (split, g_strstrip (g_strdup (parts[j])));
      /* "--country ''" is a value too, and not a valid one. */
      if (parts[0] == NULL)
        g_ptr_array_add (split, g_strdup (""));
    }

  return split;
}

AictPartialDate *
aict_tool_parse_date_option (const char *option,
                             const char *text)
{
  AictPartialDate *date = aict_partial_date_parse (text, NULL);

  if (date == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date YYYY, YYYY-MM or YYYY-MM-DD"), shown);

      aict_tool_option_error (option, message);
    }

  return date;
}

/* The nicks of @type, "a, b, c", for the messages that list them. */
static char *
list_nicks (GType type)
{
  GEnumClass *klass = g_type_class_ref (type);
  GString *nicks = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (nicks, ", ");
      g_string_append (nicks, klass->values[i].value_nick);
    }
  g_type_class_unref (klass);

  return g_string_free (nicks, FALSE);
}

/* The nouns of the messages: one per option, for translators. */
static char *
unknown_nick_message (const char *option,
                      const char *value,
                      GType       type)
{
  g_autofree char *expected = list_nicks (type);
  g_autofree char *shown = g_utf8_make_valid (value, -1);

  if (strcmp (option, "--status") == 0)
    /* TRANSLATORS: %1$s is the value given, %2$s the list of the
     * accepted ones, such as "planned, active, slowed". */
    return g_strdup_printf (_("unknown status “%1$s” (expected %2$s)"), shown, expected);
  if (strcmp (option, "--role") == 0)
    return g_strdup_printf (_("unknown role “%1$s” (expected %2$s)"), shown, expected);

  return g_strdup_printf (_("unknown kind “%1$s” (expected %2$s)"), shown, expected);
}

/* Parses the nicks of @values into bits of @type; FALSE after printing
 * the error. */
static gboolean
parse_nicks (const char  *option,
             char       **values,
             GType        type,
             guint32     *bits)
{
  g_autoptr(GPtrArray) split = aict_tool_split_values (values);
  GEnumClass *klass = g_type_class_ref (type);
  gboolean ok = TRUE;

  for (guint i = 0; i < split->len && ok; i++)
    {
      g_autofree char *nick = g_ascii_strdown (g_ptr_array_index (split, i), -1);
      GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

      if (value == NULL || value->value < 0 || value->value >= 32)
        {
          g_autofree char *message = unknown_nick_message (option, g_ptr_array_index (split, i), type);

          aict_tool_option_error (option, message);
          ok = FALSE;
        }
      else
        *bits |= 1u << value->value;
    }
  g_type_class_unref (klass);

  return ok;
}

static gboolean
parse_date_into (const char       *option,
                 const char       *text,
                 AictPartialDate **date)
{
  if (text == NULL)
    return TRUE;

  *date = aict_tool_parse_date_option (option, text);

  return *date != NULL;
}

void
aict_filter_options_add_kind (AictFilterOptions *options,
                              GType              kind_type,
                              int                kind)
{
  options->kind_type = kind_type;
  options->kind_bits |= 1u << kind;
}

static void
add_kind_bits (AictFilter *filter,
               GType       type,
               guint32     bits)
{
  for (int v = 0; v < 32; v++)
    {
      if (!(bits & (1u << v)))
        continue;
      if (type == AICT_TYPE_ACTOR_KIND)
        aict_filter_add_actor_kind (filter, v);
      else if (type == AICT_TYPE_OUTCOME_KIND)
        aict_filter_add_outcome_kind (filter, v);
      else if (type == AICT_TYPE_BUDGET_KIND)
        aict_filter_add_budget_kind (filter, v);
    }
}

AictFilter *
aict_filter_options_build (AictFilterOptions *options,
                           GType              status_type,
                           GType              kind_type)
{
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GPtrArray) countries = aict_tool_split_values (options->countries);
  g_autoptr(GPtrArray) themes = aict_tool_split_values (options->themes);

  for (guint i = 0; i < countries->len; i++)
    {
      g_autofree char *code = g_ascii_strup (g_ptr_array_index (countries, i), -1);
      g_autoptr(GError) error = NULL;

      if (!aict_filter_add_country (filter, code, &error))
        {
          aict_tool_option_error ("--country", error->message);
          return NULL;
        }
      if (!g_ptr_array_find_with_equal_func (options->country_codes, code, g_str_equal, NULL))
        g_ptr_array_add (options->country_codes, g_steal_pointer (&code));
    }

  for (guint i = 0; i < themes->len; i++)
    {
      const char *code = g_ptr_array_index (themes, i);
      g_autoptr(GError) error = NULL;

      if (!aict_filter_add_theme (filter, code, &error))
        {
          g_auto(GStrv) codes = aict_theme_list_codes ();
          g_autofree char *expected = g_strjoinv (", ", codes);
          /* TRANSLATORS: %1$s is a message of the library, %2$s the
           * list of the accepted values. */
          g_autofree char *message = g_strdup_printf (_("%1$s (expected %2$s)"), error->message, expected);

          aict_tool_option_error ("--theme", message);
          return NULL;
        }
      if (!g_ptr_array_find_with_equal_func (options->theme_codes, code, g_str_equal, NULL))
        g_ptr_array_add (options->theme_codes, g_strdup (code));
    }

  options->status_type = status_type;
  if (!parse_nicks ("--status", options->statuses, status_type, &options->status_bits) ||
      !parse_nicks ("--role", options->roles, AICT_TYPE_PARTICIPANT_ROLE, &options->role_bits))
    return NULL;
  if (options->kinds != NULL)
    {
      options->kind_type = kind_type;
      if (!parse_nicks ("--kind", options->kinds, kind_type, &options->kind_bits))
        return NULL;
    }

  if (!parse_date_into ("--from", options->from, &options->from_date) ||
      !parse_date_into ("--to", options->to, &options->to_date) ||
      !parse_date_into ("--overdue-at", options->overdue_at, &options->overdue_date))
    return NULL;

  for (int v = 0; v < 32; v++)
    if (options->status_bits & (1u << v))
      {
        if (status_type == AICT_TYPE_OUTCOME_STATUS)
          aict_filter_add_outcome_status (filter, v);
        else
          aict_filter_add_status (filter, v);
      }
  for (int v = 0; v < 32; v++)
    if (options->role_bits & (1u << v))
      aict_filter_add_role (filter, v);
  add_kind_bits (filter, options->kind_type, options->kind_bits);

  aict_filter_set_actor (filter, options->actor);
  aict_filter_set_owner (filter, options->owner);
  aict_filter_set_meeting (filter, options->meeting);
  if (options->from_date != NULL || options->to_date != NULL)
    aict_filter_set_period (filter, options->from_date, options->to_date);
  aict_filter_set_overdue_at (filter, options->overdue_date);
  aict_filter_set_text (filter, options->text);

  return g_steal_pointer (&filter);
}

const AictPartialDate *
aict_filter_options_get_overdue_at (AictFilterOptions *options)
{
  return options->overdue_date;
}

/* JSON */

void
aict_json_member_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
aict_json_member_take_string (JsonBuilder *builder,
                              const char  *name,
                              char        *value)
{
  aict_json_member_string (builder, name, value);
  g_free (value);
}

void
aict_json_member_date (JsonBuilder           *builder,
                       const char            *name,
                       const AictPartialDate *date)
{
  aict_json_member_take_string (builder, name, date != NULL ? aict_partial_date_to_string (date) : NULL);
}

void
aict_json_member_strv (JsonBuilder        *builder,
                       const char         *name,
                       const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

void
aict_json_member_enum (JsonBuilder *builder,
                       const char  *name,
                       GType        type,
                       int          value)
{
  aict_json_member_string (builder, name, aict_tool_enum_nick (type, value));
}

void
aict_json_member_int (JsonBuilder *builder,
                      const char  *name,
                      gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
aict_json_member_boolean (JsonBuilder *builder,
                          const char  *name,
                          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

void
aict_json_member_amount (JsonBuilder      *builder,
                         const char       *name,
                         const AictAmount *amount)
{
  const char *currency;

  json_builder_set_member_name (builder, name);
  if (amount == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  currency = aict_amount_get_currency (amount);
  json_builder_begin_object (builder);
  aict_json_member_string (builder, "currency", currency);
  aict_json_member_take_string (builder, "value", aict_amount_is_range (amount) ? NULL :
                                aict_amount_format_value (aict_amount_get_value (amount), currency));
  aict_json_member_take_string (builder, "min", aict_amount_format_value (aict_amount_get_min (amount), currency));
  aict_json_member_take_string (builder, "max", aict_amount_format_value (aict_amount_get_max (amount), currency));
  aict_json_member_boolean (builder, "approximate", aict_amount_get_approximate (amount));
  json_builder_end_object (builder);
}

void
aict_json_member_hundredths (JsonBuilder *builder,
                             const char  *name,
                             int          value)
{
  int fraction;

  if (value < 0)
    {
      aict_json_member_string (builder, name, NULL);
      return;
    }

  fraction = value % 100;
  if (fraction == 0)
    aict_json_member_take_string (builder, name, g_strdup_printf ("%d", value / 100));
  else if (fraction % 10 == 0)
    aict_json_member_take_string (builder, name, g_strdup_printf ("%d.%d", value / 100, fraction / 10));
  else
    aict_json_member_take_string (builder, name, g_strdup_printf ("%d.%02d", value / 100, fraction));
}

static void
member_nicks (JsonBuilder *builder,
              const char  *name,
              GType        type,
              guint32      bits)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (int v = 0; v < 32 && type != G_TYPE_INVALID; v++)
    if (bits & (1u << v))
      json_builder_add_string_value (builder, aict_tool_enum_nick (type, v));
  json_builder_end_array (builder);
}

static void
member_list (JsonBuilder *builder,
             const char  *name,
             GPtrArray   *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (values, i));
  json_builder_end_array (builder);
}

void
aict_filter_options_add_json (AictFilterOptions *options,
                              JsonBuilder       *builder)
{
  json_builder_set_member_name (builder, "filter");
  json_builder_begin_object (builder);
  member_list (builder, "countries", options->country_codes);
  member_list (builder, "themes", options->theme_codes);
  member_nicks (builder, "statuses", options->status_type, options->status_bits);
  aict_json_member_string (builder, "actor", options->actor);
  member_nicks (builder, "roles", AICT_TYPE_PARTICIPANT_ROLE, options->role_bits);
  member_nicks (builder, "kinds", options->kind_type, options->kind_bits);
  aict_json_member_date (builder, "from", options->from_date);
  aict_json_member_date (builder, "to", options->to_date);
  aict_json_member_string (builder, "text", options->text);
  aict_json_member_string (builder, "owner", options->owner);
  aict_json_member_string (builder, "meeting", options->meeting);
  aict_json_member_date (builder, "overdue_at", options->overdue_date);
  json_builder_end_object (builder);
}

/* Names */

const char *
aict_tool_actor_name (AictDataset *dataset,
                      const char  *actor_id)
{
  AictActor *actor;

  if (actor_id == NULL)
    return NULL;

  actor = aict_dataset_lookup_actor (dataset, actor_id);
  if (actor == NULL)
    return actor_id;

  return aict_actor_get_short_name (actor) != NULL ? aict_actor_get_short_name (actor)
                                                   : aict_actor_get_name (actor);
}

char *
aict_tool_actor_names (AictDataset        *dataset,
                       const char * const *actor_ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; actor_ids != NULL && actor_ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, aict_tool_actor_name (dataset, actor_ids[i]));
    }

  return g_string_free (text, FALSE);
}

const char *
aict_tool_country_name (const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;

  name = aict_country_get_name (code, LANGUAGE_OF_LOCALE);
  return name != NULL ? name : code;
}

char *
aict_tool_country_names (const char * const *codes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, aict_tool_country_name (codes[i]));
    }

  return g_string_free (text, FALSE);
}

const char *
aict_tool_theme_label (const char *code)
{
  const char *label;

  if (code == NULL)
    return NULL;

  label = aict_theme_get_label (code, LANGUAGE_OF_LOCALE);
  return label != NULL ? label : code;
}

char *
aict_tool_theme_labels (const char * const *codes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, aict_tool_theme_label (codes[i]));
    }

  return g_string_free (text, FALSE);
}

/* Tables */

GPtrArray *
aict_tool_rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

void
aict_tool_rows_add (GPtrArray *rows,
                    guint      n_columns,
                    ...)
{
  char **row = g_new0 (char *, n_columns + 1);
  va_list args;

  va_start (args, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      const char *cell = va_arg (args, const char *);

      row[i] = g_strdup (cell != NULL ? cell : "");
    }
  va_end (args);

  g_ptr_array_add (rows, row);
}

void
aict_tool_table_keep_column (AictFormatTable *table,
                             GPtrArray       *rows,
                             guint            column,
                             const char      *header)
{
  guint width = g_utf8_strlen (header, -1);
  g_autofree char *padded_header = NULL;

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      width = MAX (width, (guint) g_utf8_strlen (row[column], -1));
    }
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      char *padded = aict_tool_pad (row[column], width);

      g_free (row[column]);
      row[column] = padded;
    }
  padded_header = aict_tool_pad (header, width);
  aict_format_table_set_column (table, column, padded_header, AICT_FORMAT_ALIGN_RIGHT, 0);
}

void
aict_tool_table_add_rows (AictFormatTable *table,
                          GPtrArray       *rows)
{
  for (guint r = 0; r < rows->len; r++)
    aict_format_table_add_rowv (table, (const char **) g_ptr_array_index (rows, r));
}

void
aict_tool_print_table (AictFormatTable *table)
{
  g_autofree char *text = aict_format_table_to_string (table);

  g_print ("%s", text);
}

const char *
aict_tool_overlap_kind_label (AictOverlapKind kind)
{
  switch (kind)
    {
    case AICT_OVERLAP_KIND_COUNTRY: return C_("overlap", "Country");
    case AICT_OVERLAP_KIND_PARTNER: return C_("overlap", "Partner");
    case AICT_OVERLAP_KIND_THEME: return C_("overlap", "Theme");
    case AICT_OVERLAP_KIND_FUNDER: return C_("overlap", "Co-funder");
    case AICT_OVERLAP_KIND_NONE:
    case AICT_OVERLAP_KIND_ALL:
    default:
      return "";
    }
}

/* The key of an overlap, or a shared item, for people. */
const char *
aict_tool_overlap_key_label (AictDataset     *dataset,
                             AictOverlapKind  kind,
                             const char      *key)
{
  switch (kind)
    {
    case AICT_OVERLAP_KIND_COUNTRY:
      return aict_tool_country_name (key);
    case AICT_OVERLAP_KIND_THEME:
      return aict_tool_theme_label (key);
    case AICT_OVERLAP_KIND_PARTNER:
    case AICT_OVERLAP_KIND_FUNDER:
      return aict_tool_actor_name (dataset, key);
    case AICT_OVERLAP_KIND_NONE:
    case AICT_OVERLAP_KIND_ALL:
    default:
      return key;
    }
}

gboolean
aict_tool_parse_flags (const char  *option,
                       char       **values,
                       GType        type,
                       guint        accepted,
                       gboolean     allow_none,
                       const char  *unknown,
                       guint       *result)
{
  g_autoptr(GPtrArray) split = aict_tool_split_values (values);
  GFlagsClass *klass = g_type_class_ref (type);
  gboolean ok = TRUE;

  *result = 0;
  for (guint i = 0; i < split->len && ok; i++)
    {
      const char *value = g_ptr_array_index (split, i);
      GFlagsValue *flag = g_flags_get_value_by_nick (klass, value);

      /* One dimension, or "none" where it is allowed. */
      if ((flag != NULL && flag->value == 0) ? allow_none
          : (flag != NULL && (flag->value & (flag->value - 1)) == 0 && (flag->value & accepted) != 0))
        *result |= flag->value;
      else
        {
          GString *expected = g_string_new (NULL);
          g_autofree char *shown = g_utf8_make_valid (value, -1);
          g_autofree char *expected_text = NULL;
          g_autofree char *message = NULL;

          for (guint v = 0; v < klass->n_values; v++)
            {
              guint bit = klass->values[v].value;

              if (bit != 0 && (bit & (bit - 1)) == 0 && (bit & accepted) != 0)
                g_string_append_printf (expected, "%s%s", expected->len > 0 ? ", " : "",
                                        klass->values[v].value_nick);
            }
          if (allow_none)
            g_string_append (expected, ", none");
          expected_text = g_string_free (expected, FALSE);
          message = g_strdup_printf (unknown, shown, expected_text);
          aict_tool_option_error (option, message);
          ok = FALSE;
        }
    }

  g_type_class_unref (klass);

  return ok;
}
