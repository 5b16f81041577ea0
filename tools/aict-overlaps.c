/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-filter-options.h"
#include "aict-format.h"
#include "aict-tool.h"

/* aict overlaps FILE: where home-side actors could pool their work, as
 * aict_dataset_find_overlaps() finds it; with --actor, the pooling
 * candidates of one actor (aict_dataset_find_pooling_candidates()).  The
 * groups, their ranking and their strength are the library's. */

static char **opt_by;
static char *opt_actor;
static char *opt_home;
static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "by", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_by,
    N_("Look only along these kinds, comma-separated: country, partner, theme, funder (default: all)"),
    N_("KIND,…") },
  { "actor", 0, 0, G_OPTION_ARG_STRING, &opt_actor,
    N_("Instead of groups, the best pooling candidates of the home-side actor ID"), N_("ID") },
  { "home", 0, 0, G_OPTION_ARG_STRING, &opt_home,
    N_("The country of the home side (default FR)"), N_("CC") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the groups or candidates as JSON on standard output"), NULL },
  { NULL }
};

static const struct
{
  AictOverlapKind kind;
  const char *nick;
} kinds[] = {
  { AICT_OVERLAP_KIND_COUNTRY, "country" },
  { AICT_OVERLAP_KIND_PARTNER, "partner" },
  { AICT_OVERLAP_KIND_THEME, "theme" },
  { AICT_OVERLAP_KIND_FUNDER, "funder" },
};

static const char *
kind_nick (AictOverlapKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return kinds[i].nick;

  return "none";
}

/* Parses --by; FALSE after printing the error. */
static gboolean
parse_kinds (char            **values,
             AictOverlapKind  *result)
{
  guint flags;

  if (values == NULL)
    {
      *result = AICT_OVERLAP_KIND_ALL;
      return TRUE;
    }

  if (!aict_tool_parse_flags ("--by", values, AICT_TYPE_OVERLAP_KIND, AICT_OVERLAP_KIND_ALL, FALSE,
                              _("unknown kind “%1$s” (expected %2$s)"), &flags))
    return FALSE;
  *result = flags;

  return TRUE;
}

static char *
key_labels (AictDataset        *dataset,
            AictOverlapKind     kind,
            const char * const *keys)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, aict_tool_overlap_key_label (dataset, kind, keys[i]));
    }

  return g_string_free (text, FALSE);
}

static guint
strv_length (const char * const *strv)
{
  return strv != NULL ? g_strv_length ((char **) strv) : 0;
}

/* Overlaps */

static void
print_overlaps_human (AictDataset *dataset,
                      GListModel  *overlaps)
{
  guint n = g_list_model_get_n_items (overlaps);
  g_autofree char *number = aict_format_integer (n);

  if (n > 0)
    {
      g_autoptr(AictFormatTable) table = aict_format_table_new (6, 0);

      /* TRANSLATORS: the header of a column of ranks: 1, 2, 3… */
      aict_format_table_set_column (table, 0, C_("column", "#"), AICT_FORMAT_ALIGN_RIGHT, 0);
      aict_format_table_set_column (table, 1, _("Shared"), AICT_FORMAT_ALIGN_LEFT, 30);
      aict_format_table_set_column (table, 2, _("Actors"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 3, _("Partnerships"), AICT_FORMAT_ALIGN_RIGHT, 0);
      aict_format_table_set_column (table, 4, _("Active"), AICT_FORMAT_ALIGN_RIGHT, 0);
      aict_format_table_set_column (table, 5, _("Strength"), AICT_FORMAT_ALIGN_RIGHT, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictOverlap) overlap = g_list_model_get_item (overlaps, i);
          AictOverlapKind kind = aict_overlap_get_kind (overlap);
          g_autofree char *rank = aict_format_integer (i + 1);
          /* TRANSLATORS: what the actors of an overlap share: a
           * dimension and its value, e.g. "Country: Senegal". */
          g_autofree char *shared = g_strdup_printf (C_("overlap key", "%1$s: %2$s"), aict_tool_overlap_kind_label (kind),
                                                     aict_tool_overlap_key_label (dataset, kind, aict_overlap_get_key (overlap)));
          g_autofree char *actors = aict_tool_actor_names (dataset, aict_overlap_get_actor_ids (overlap));
          g_autofree char *partnerships = aict_format_integer (strv_length (aict_overlap_get_partnership_ids (overlap)));
          g_autofree char *active = aict_format_integer (aict_overlap_get_n_active (overlap));
          g_autofree char *strength = aict_format_integer (aict_overlap_get_strength (overlap));

          aict_format_table_add_row (table, rank, shared, actors, partnerships, active, strength);
        }
      aict_tool_print_table (table);
      g_print ("\n");
    }

  g_print (ngettext ("%s overlap", "%s overlaps", n), number);
  g_print ("\n");
}

static void
member_kinds (JsonBuilder     *b,
              const char      *name,
              AictOverlapKind  set)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (set & kinds[k].kind)
      json_builder_add_string_value (b, kinds[k].nick);
  json_builder_end_array (b);
}

static void
begin_json (JsonBuilder     *b,
            const char      *display,
            const char      *home,
            AictOverlapKind  set)
{
  json_builder_begin_object (b);
  aict_json_member_string (b, "file", display);
  aict_json_member_string (b, "home", home);
  member_kinds (b, "kinds", set);
  aict_json_member_string (b, "actor", opt_actor);
}

static void
print_overlaps_json (AictFilterOptions *options,
                     const char        *display,
                     const char        *home,
                     AictOverlapKind    set,
                     GListModel        *overlaps)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (overlaps);

  begin_json (b, display, home, set);
  aict_filter_options_add_json (options, b);
  aict_json_member_int (b, "count", n);
  json_builder_set_member_name (b, "overlaps");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOverlap) overlap = g_list_model_get_item (overlaps, i);

      json_builder_begin_object (b);
      aict_json_member_int (b, "rank", i + 1);
      aict_json_member_string (b, "kind", kind_nick (aict_overlap_get_kind (overlap)));
      aict_json_member_string (b, "key", aict_overlap_get_key (overlap));
      aict_json_member_strv (b, "actors", aict_overlap_get_actor_ids (overlap));
      aict_json_member_strv (b, "partnerships", aict_overlap_get_partnership_ids (overlap));
      member_kinds (b, "shared_kinds", aict_overlap_get_shared_kinds (overlap));
      aict_json_member_int (b, "strength", aict_overlap_get_strength (overlap));
      aict_json_member_int (b, "active", aict_overlap_get_n_active (overlap));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

/* Candidates */

static const char *
shared_header (AictOverlapKind kind)
{
  switch (kind)
    {
    case AICT_OVERLAP_KIND_COUNTRY: return _("Countries");
    case AICT_OVERLAP_KIND_PARTNER: return _("Partners");
    case AICT_OVERLAP_KIND_THEME: return _("Themes");
    case AICT_OVERLAP_KIND_FUNDER: return _("Co-funders");
    case AICT_OVERLAP_KIND_NONE:
    case AICT_OVERLAP_KIND_ALL:
    default:
      return "";
    }
}

static void
print_candidates_human (AictDataset     *dataset,
                        AictOverlapKind  set,
                        GListModel      *candidates)
{
  guint n = g_list_model_get_n_items (candidates);
  g_autofree char *number = aict_format_integer (n);

  if (n > 0)
    {
      AictOverlapKind shown = AICT_OVERLAP_KIND_NONE;
      guint n_kinds = 0, column = 0;
      g_autoptr(AictFormatTable) table = NULL;

      /* A column per kind that some candidate shares: the others would
       * only take room from the names. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictPoolingCandidate) candidate = g_list_model_get_item (candidates, i);

          shown |= aict_pooling_candidate_get_shared_kinds (candidate) & set;
        }
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        n_kinds += (shown & kinds[k].kind) != 0;
      table = aict_format_table_new (n_kinds + 4, 0);
      aict_format_table_set_column (table, column++, C_("column", "#"), AICT_FORMAT_ALIGN_RIGHT, 0);
      aict_format_table_set_column (table, column++, _("Actor"), AICT_FORMAT_ALIGN_LEFT, 22);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (shown & kinds[k].kind)
          aict_format_table_set_column (table, column++, shared_header (kinds[k].kind), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, column++, _("Strength"), AICT_FORMAT_ALIGN_RIGHT, 0);
      aict_format_table_set_column (table, column++, _("Active"), AICT_FORMAT_ALIGN_RIGHT, 0);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictPoolingCandidate) candidate = g_list_model_get_item (candidates, i);
          g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (cells, aict_format_integer (i + 1));
          g_ptr_array_add (cells, g_strdup (aict_tool_actor_name (dataset,
                                                                  aict_pooling_candidate_get_actor_id (candidate))));
          for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
            if (shown & kinds[k].kind)
              g_ptr_array_add (cells, key_labels (dataset, kinds[k].kind,
                                                  aict_pooling_candidate_get_shared (candidate, kinds[k].kind)));
          g_ptr_array_add (cells, aict_format_integer (aict_pooling_candidate_get_strength (candidate)));
          g_ptr_array_add (cells, aict_format_integer (aict_pooling_candidate_get_n_active (candidate)));
          aict_format_table_add_rowv (table, (const char **) cells->pdata);
        }
      aict_tool_print_table (table);
      g_print ("\n");
    }

  g_print (ngettext ("%s pooling candidate", "%s pooling candidates", n), number);
  g_print ("\n");
}

static void
print_candidates_json (AictFilterOptions *options,
                       const char        *display,
                       const char        *home,
                       AictOverlapKind    set,
                       GListModel        *candidates)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (candidates);

  begin_json (b, display, home, set);
  aict_filter_options_add_json (options, b);
  aict_json_member_int (b, "count", n);
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPoolingCandidate) candidate = g_list_model_get_item (candidates, i);

      json_builder_begin_object (b);
      aict_json_member_int (b, "rank", i + 1);
      aict_json_member_string (b, "actor", aict_pooling_candidate_get_actor_id (candidate));
      json_builder_set_member_name (b, "shared");
      json_builder_begin_object (b);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        aict_json_member_strv (b, kinds[k].nick, aict_pooling_candidate_get_shared (candidate, kinds[k].kind));
      json_builder_end_object (b);
      member_kinds (b, "shared_kinds", aict_pooling_candidate_get_shared_kinds (candidate));
      aict_json_member_strv (b, "partnerships", aict_pooling_candidate_get_partnership_ids (candidate));
      aict_json_member_int (b, "strength", aict_pooling_candidate_get_strength (candidate));
      aict_json_member_int (b, "n_shared", aict_pooling_candidate_get_n_shared (candidate));
      aict_json_member_int (b, "active", aict_pooling_candidate_get_n_active (candidate));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

int
aict_tool_overlaps (int    argc,
                    char **argv)
{
  const AictFilterOptionFlags offered = AICT_FILTER_OPTION_COUNTRY | AICT_FILTER_OPTION_THEME |
                                        AICT_FILTER_OPTION_STATUS | AICT_FILTER_OPTION_ROLE |
                                        AICT_FILTER_OPTION_KIND | AICT_FILTER_OPTION_PERIOD |
                                        AICT_FILTER_OPTION_TEXT;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictFilterOptions) options = aict_filter_options_new (offered);
  g_autoptr(AictFilter) filter = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GListModel) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *home = NULL;
  AictOverlapKind set;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Find where pooling work (mutualisation) could pay: groups of two or\n"
      "more home-side local authorities that, through different\n"
      "partnerships, share a country, a partner, a theme or a co-funder;\n"
      "ranked by strength (how many of these they share), then by how many\n"
      "of their partnerships are active.  With --actor, the other home-side\n"
      "actors that actor shares the most with."));
  g_option_context_set_description (context,
    _("The filters select the partnerships to consider; --kind says which\n"
      "kinds of actors count as home side (default: région, département,\n"
      "commune, intercommunality).  They do not apply with --actor.\n"
      "\n"
      "Exit status: 0 on success, 1 if the file cannot be loaded or has no\n"
      "actor with the id given, 2 on a usage error, a value that is not\n"
      "valid, or an actor that is not on the home side."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);
  aict_filter_options_add_to (options, context,
    N_("Only partnerships with the status NICK (planned, active, slowed, dormant, suspended, ended, "
       "abandoned); repeatable"),
    N_("Count the actors of kind NICK as home side (such as departement, region, commune, association); "
       "repeatable"));

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));

  if (!parse_kinds (opt_by, &set))
    return AICT_EXIT_USAGE;
  if (opt_home != NULL)
    {
      home = g_ascii_strup (opt_home, -1);
      if (!aict_country_is_valid (home))
        {
          g_autofree char *shown = g_utf8_make_valid (opt_home, -1);
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not an ISO 3166-1 country code (such as MA or SN)"), shown);

          return aict_tool_option_error ("--home", message);
        }
    }
  else
    home = g_strdup ("FR");

  /* The library finds an actor's candidates among all partnerships. */
  if (opt_actor != NULL && aict_filter_options_given (options, offered))
    return aict_tool_option_error ("--actor",
                                   _("the filter options do not apply to the candidates of an actor"));

  filter = aict_filter_options_build (options, AICT_TYPE_PARTNERSHIP_STATUS, AICT_TYPE_ACTOR_KIND);
  if (filter == NULL)
    return AICT_EXIT_USAGE;

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  if (opt_actor != NULL)
    result = aict_dataset_find_pooling_candidates (dataset, opt_actor, set, home, &error);
  else
    result = aict_dataset_find_overlaps (dataset, set, home, filter, &error);
  if (result == NULL)
    return aict_tool_library_error (error);

  if (opt_actor != NULL && opt_json)
    print_candidates_json (options, display, home, set, result);
  else if (opt_actor != NULL)
    print_candidates_human (dataset, set, result);
  else if (opt_json)
    print_overlaps_json (options, display, home, set, result);
  else
    print_overlaps_human (dataset, result);

  return AICT_EXIT_OK;
}
