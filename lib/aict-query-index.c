/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "aict-query-private.h"
#include "aict-codec-private.h"
#include "aict-codelist.h"
#include "aict-model-private.h"
#include "aict-entity-private.h"

/* Building the query index: one walk over the dataset fills the value
 * tables of every target; words wait for the first text criterion. */

guint32
_aict_day_first (const AictPartialDate *date)
{
  int month = aict_partial_date_get_month (date);
  int day = aict_partial_date_get_day (date);

  return (guint32) aict_partial_date_get_year (date) * 10000 +
         (guint32) (month > 0 ? month : 1) * 100 +
         (guint32) (day > 0 ? day : 1);
}

guint32
_aict_day_last (const AictPartialDate *date)
{
  int month = aict_partial_date_get_month (date);
  int day = aict_partial_date_get_day (date);

  return (guint32) aict_partial_date_get_year (date) * 10000 +
         (guint32) (month > 0 ? month : 12) * 100 +
         (guint32) (day > 0 ? day : 31);
}

/* The days covered by something that runs from @start to @end.  With only
 * one bound, what is known is that it started (or ended) then: it runs on
 * (or ran before) without limit. */
AictSpan
_aict_span_of (const AictPartialDate *start,
               const AictPartialDate *end)
{
  AictSpan span = { AICT_DAY_MIN, AICT_DAY_MAX, start != NULL || end != NULL };

  if (start != NULL)
    span.first = _aict_day_first (start);
  if (end != NULL)
    span.last = _aict_day_last (end);

  return span;
}

static void
postings_append (GArray *postings,
                 guint   position)
{
  /* Objects are walked in order, so a repeat can only be the last one. */
  if (postings->len == 0 ||
      g_array_index (postings, guint, postings->len - 1) != position)
    g_array_append_val (postings, position);
}

static void
postings_free (gpointer data)
{
  g_array_unref (data);
}

static GArray *
postings_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (guint));
}

/* @value is borrowed from the model. */
static void
add_in (GHashTable *table,
        const char *value,
        guint       position)
{
  GArray *postings;

  if (value == NULL)
    return;

  postings = g_hash_table_lookup (table, value);
  if (postings == NULL)
    {
      postings = postings_new ();
      g_hash_table_insert (table, (gpointer) value, postings);
    }
  postings_append (postings, position);
}

static void
add_key (AictTargetIndex *target,
         AictStringDim    dimension,
         const char      *value,
         guint            position)
{
  add_in (target->strings[dimension], value, position);
}

static void
add_keys (AictTargetIndex    *target,
          AictStringDim       dimension,
          const char * const *values,
          guint               position)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    add_in (target->strings[dimension], values[i], position);
}

static void
add_int (AictTargetIndex *target,
         AictIntDim       dimension,
         int              value,
         guint            position)
{
  GArray **postings;

  g_assert (value >= 0 && value < AICT_MAX_ENUM);

  postings = &target->ints[dimension][value];
  if (*postings == NULL)
    *postings = postings_new ();
  postings_append (*postings, position);
}

GArray *
_aict_query_index_lookup (AictQueryIndex *index,
                          AictTarget      target,
                          AictStringDim   dimension,
                          const char     *value)
{
  _aict_query_index_ensure (index, target);
  return g_hash_table_lookup (index->targets[target].strings[dimension], value);
}

GArray *
_aict_query_index_lookup_int (AictQueryIndex *index,
                              AictTarget      target,
                              AictIntDim      dimension,
                              int             value)
{
  if (value < 0 || value >= AICT_MAX_ENUM)
    return NULL;

  _aict_query_index_ensure (index, target);
  return index->targets[target].ints[dimension][value];
}

GArray *
_aict_query_index_lookup_actor_role (AictQueryIndex *index,
                                     const char     *actor_id,
                                     int             role)
{
  if (role < 0 || role >= AICT_N_ROLES)
    return NULL;

  _aict_query_index_ensure (index, AICT_TARGET_PARTNERSHIPS);
  return g_hash_table_lookup (index->targets[AICT_TARGET_PARTNERSHIPS].actor_roles[role], actor_id);
}

static AictTarget
target_of (gpointer entity)
{
  if (AICT_IS_PARTNERSHIP (entity))
    return AICT_TARGET_PARTNERSHIPS;
  if (AICT_IS_ACTOR (entity))
    return AICT_TARGET_ACTORS;
  if (AICT_IS_BUDGET (entity))
    return AICT_TARGET_BUDGETS;
  if (AICT_IS_PERSON (entity))
    return AICT_TARGET_PERSONS;
  if (AICT_IS_MEETING (entity))
    return AICT_TARGET_MEETINGS;
  if (AICT_IS_OUTCOME (entity))
    return AICT_TARGET_OUTCOMES;

  return AICT_TARGET_N;
}

int
_aict_query_index_position (AictQueryIndex *index,
                            gpointer        entity)
{
  guint position = _aict_entity_get_query_position (entity);
  AictTarget target = target_of (entity);
  GPtrArray *items;

  if (target == AICT_TARGET_N)
    return -1;
  _aict_query_index_ensure (index, target);

  /* The entity's hint, true if the index holds it there: an entity of
   * another dataset, or one removed since, fails the check. */
  items = index->targets[target].items;
  if (position < items->len && g_ptr_array_index (items, position) == entity)
    return (int) position;

  return -1;
}

static void
index_partnership (AictQueryIndex  *index,
                   AictPartnership *partnership,
                   guint            position)
{
  AictTargetIndex *keys = &index->targets[AICT_TARGET_PARTNERSHIPS];
  GPtrArray *participants = _aict_partnership_peek_participants (partnership);
  GPtrArray *components = _aict_partnership_peek_components (partnership);

  add_keys (keys, AICT_DIM_COUNTRY, aict_partnership_get_countries (partnership), position);
  add_keys (keys, AICT_DIM_THEME, aict_partnership_get_themes (partnership), position);
  for (guint i = 0; components != NULL && i < components->len; i++)
    add_keys (keys, AICT_DIM_THEME,
              aict_component_get_themes (g_ptr_array_index (components, i)), position);
  add_int (keys, AICT_DIM_STATUS, aict_partnership_get_status (partnership), position);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      AictParticipant *participant = g_ptr_array_index (participants, i);
      const char *actor_id = aict_participant_get_actor_id (participant);
      int role = aict_participant_get_role (participant);

      add_key (keys, AICT_DIM_ACTOR, actor_id, position);
      add_int (keys, AICT_DIM_ROLE, role, position);
      add_in (keys->actor_roles[role], actor_id, position);
    }

  index->targets[AICT_TARGET_PARTNERSHIPS].spans[position] =
    _aict_span_of (aict_partnership_get_start (partnership),
                   aict_partnership_get_end (partnership));
}

static void
index_actor (AictQueryIndex *index,
             AictActor      *actor,
             guint           position)
{
  const char *parent_id = aict_actor_get_parent_id (actor);

  add_int (&index->targets[AICT_TARGET_ACTORS], AICT_DIM_KIND, aict_actor_get_kind (actor), position);

  if (parent_id != NULL)
    {
      GPtrArray *children = g_hash_table_lookup (index->children, parent_id);

      if (children == NULL)
        {
          children = g_ptr_array_new ();
          g_hash_table_insert (index->children, (gpointer) parent_id, children);
        }
      g_ptr_array_add (children, actor);
    }
}

static void
index_person (AictQueryIndex *index,
              AictPerson     *person,
              guint           position)
{
  GPtrArray *affiliations = _aict_person_peek_affiliations (person);

  for (guint i = 0; affiliations != NULL && i < affiliations->len; i++)
    add_key (&index->targets[AICT_TARGET_PERSONS], AICT_DIM_ACTOR,
             aict_affiliation_get_actor_id (g_ptr_array_index (affiliations, i)), position);
}

static void
index_outcome (AictQueryIndex *index,
               AictOutcome    *outcome,
               guint           position)
{
  AictTargetIndex *keys = &index->targets[AICT_TARGET_OUTCOMES];
  const AictPartialDate *due = aict_outcome_get_due (outcome);

  add_keys (keys, AICT_DIM_THEME, aict_outcome_get_themes (outcome), position);
  add_key (keys, AICT_DIM_ACTOR, aict_outcome_get_owner_id (outcome), position);
  add_keys (keys, AICT_DIM_ACTOR, aict_outcome_get_actor_ids (outcome), position);
  add_key (keys, AICT_DIM_OWNER, aict_outcome_get_owner_id (outcome), position);
  add_key (keys, AICT_DIM_MEETING, aict_outcome_get_meeting_id (outcome), position);
  add_int (keys, AICT_DIM_KIND, aict_outcome_get_kind (outcome), position);
  add_int (keys, AICT_DIM_STATUS, aict_outcome_get_status (outcome), position);

  index->targets[AICT_TARGET_OUTCOMES].spans[position] = _aict_span_of (due, due);
}

static void
index_meeting (AictQueryIndex *index,
               AictMeeting    *meeting,
               guint           position)
{
  AictTargetIndex *keys = &index->targets[AICT_TARGET_MEETINGS];
  const AictPlace *place = aict_meeting_get_place (meeting);
  GPtrArray *attendance = _aict_meeting_peek_attendance (meeting);
  GListModel *contributions = _aict_meeting_peek_contributions (meeting);
  GListModel *outcomes = _aict_meeting_peek_outcomes (meeting);
  const AictPartialDate *date = aict_meeting_get_date (meeting);
  const AictPartialDate *end_date = aict_meeting_get_end_date (meeting);
  guint n;

  if (place != NULL)
    add_key (keys, AICT_DIM_COUNTRY, aict_place_get_country (place), position);
  add_keys (keys, AICT_DIM_ACTOR, aict_meeting_get_organisers (meeting), position);
  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    add_key (keys, AICT_DIM_ACTOR,
             aict_attendance_get_representing_id (g_ptr_array_index (attendance, i)), position);

  n = g_list_model_get_n_items (contributions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictContribution) contribution = g_list_model_get_item (contributions, i);

      add_keys (keys, AICT_DIM_THEME, aict_contribution_get_themes (contribution), position);
    }

  n = g_list_model_get_n_items (outcomes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, i);

      add_keys (keys, AICT_DIM_THEME, aict_outcome_get_themes (outcome), position);
    }

  index->targets[AICT_TARGET_MEETINGS].spans[position] =
    _aict_span_of (date, end_date != NULL ? end_date : date);
}

/* A budget line's own keys.  What it has through its partnership
 * (countries, themes, status, participants) is not copied here: queries
 * reach it through the partnerships' postings and the partnership key
 * (_aict_query_index_budgets_of), which keeps the index of a dataset with
 * many lines per partnership small. */
static void
index_budget (AictQueryIndex *index,
              AictBudget     *budget,
              guint           position)
{
  AictTargetIndex *keys = &index->targets[AICT_TARGET_BUDGETS];

  add_key (keys, AICT_DIM_ACTOR, aict_budget_get_actor_id (budget), position);
  add_key (keys, AICT_DIM_PARTNERSHIP, aict_budget_get_partnership_id (budget), position);
  add_int (keys, AICT_DIM_KIND, aict_budget_get_kind (budget), position);

  index->targets[AICT_TARGET_BUDGETS].spans[position] =
    _aict_span_of (aict_budget_get_start (budget), aict_budget_get_end (budget));
}

int
_aict_compare_positions (const void *a,
                         const void *b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

void
_aict_positions_sort_unique (GArray *positions)
{
  guint kept = 0;

  if (positions->len < 2)
    return;

  qsort (positions->data, positions->len, sizeof (guint), _aict_compare_positions);
  for (guint i = 0; i < positions->len; i++)
    if (kept == 0 || g_array_index (positions, guint, kept - 1) != g_array_index (positions, guint, i))
      g_array_index (positions, guint, kept++) = g_array_index (positions, guint, i);
  g_array_set_size (positions, kept);
}

GArray *
_aict_query_index_budgets_of (AictQueryIndex *index,
                              GArray         *partnerships)
{
  GPtrArray *items = index->targets[AICT_TARGET_PARTNERSHIPS].items;
  GArray *budgets = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < partnerships->len; i++)
    {
      AictEntity *partnership = g_ptr_array_index (items, g_array_index (partnerships, guint, i));
      GArray *lines = _aict_query_index_lookup (index, AICT_TARGET_BUDGETS, AICT_DIM_PARTNERSHIP,
                                                aict_entity_get_id (partnership));

      if (lines != NULL)
        g_array_append_vals (budgets, lines->data, lines->len);
    }

  /* Lines of different partnerships interleave in the dataset. */
  _aict_positions_sort_unique (budgets);

  return budgets;
}

static void
children_free (gpointer data)
{
  g_ptr_array_unref (data);
}

AictQueryIndex *
_aict_query_index_new (AictDataset *dataset,
                       guint64      generation)
{
  static const AictCollection collections[AICT_TARGET_N] = {
    [AICT_TARGET_PARTNERSHIPS] = AICT_COLLECTION_PARTNERSHIPS,
    [AICT_TARGET_ACTORS] = AICT_COLLECTION_ACTORS,
    [AICT_TARGET_PERSONS] = AICT_COLLECTION_PERSONS,
    [AICT_TARGET_MEETINGS] = AICT_COLLECTION_MEETINGS,
    [AICT_TARGET_OUTCOMES] = AICT_COLLECTION_N,   /* inside meetings */
    [AICT_TARGET_BUDGETS] = AICT_COLLECTION_BUDGETS,
  };
  AictQueryIndex *index = g_new0 (AictQueryIndex, 1);

  /* Only the arrays of objects: each target's tables are built the first
   * time a query needs them (_aict_query_index_ensure), so a question on
   * budget lines never pays for indexing meetings. */
  index->generation = generation;
  index->dataset = dataset;
  index->children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, children_free);

  for (int t = 0; t < AICT_TARGET_N; t++)
    {
      AictTargetIndex *target = &index->targets[t];

      if (collections[t] == AICT_COLLECTION_N)
        target->items = g_ptr_array_new ();
      else
        target->items = g_ptr_array_ref (_aict_dataset_get_items (dataset, collections[t]));
    }

  /* Outcomes: gathered from the meetings, in meeting order. */
  {
    GPtrArray *meetings = index->targets[AICT_TARGET_MEETINGS].items;
    GPtrArray *outcomes = index->targets[AICT_TARGET_OUTCOMES].items;

    for (guint m = 0; m < meetings->len; m++)
      {
        GListModel *model = _aict_meeting_peek_outcomes (g_ptr_array_index (meetings, m));
        guint n = g_list_model_get_n_items (model);

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(AictOutcome) outcome = g_list_model_get_item (model, i);

            g_ptr_array_add (outcomes, outcome);   /* borrowed: the meeting holds it */
          }
      }
  }

  return index;
}

void
_aict_query_index_ensure (AictQueryIndex *index,
                          AictTarget      target_id)
{
  AictTargetIndex *target = &index->targets[target_id];
  GPtrArray *items = target->items;

  if (target->built)
    return;
  target->built = TRUE;

  for (int d = 0; d < AICT_N_STRING_DIMS; d++)
    target->strings[d] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, postings_free);
  if (target_id == AICT_TARGET_PARTNERSHIPS)
    for (int r = 0; r < AICT_N_ROLES; r++)
      target->actor_roles[r] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, postings_free);
  if (target_id != AICT_TARGET_ACTORS && target_id != AICT_TARGET_PERSONS)
    target->spans = g_new0 (AictSpan, MAX (items->len, 1));

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);

      _aict_entity_set_query_position (item, i);
      switch (target_id)
        {
        case AICT_TARGET_PARTNERSHIPS: index_partnership (index, item, i); break;
        case AICT_TARGET_ACTORS: index_actor (index, item, i); break;
        case AICT_TARGET_PERSONS: index_person (index, item, i); break;
        case AICT_TARGET_MEETINGS: index_meeting (index, item, i); break;
        case AICT_TARGET_OUTCOMES: index_outcome (index, item, i); break;
        case AICT_TARGET_BUDGETS: index_budget (index, item, i); break;
        case AICT_TARGET_N:
        default:
          g_assert_not_reached ();
        }
    }
}

void
_aict_query_index_free (AictQueryIndex *index)
{
  if (index == NULL)
    return;

  for (int t = 0; t < AICT_TARGET_N; t++)
    {
      AictTargetIndex *target = &index->targets[t];

      g_ptr_array_unref (target->items);
      for (int d = 0; d < AICT_N_STRING_DIMS; d++)
        g_clear_pointer (&target->strings[d], g_hash_table_unref);
      for (int d = 0; d < AICT_N_INT_DIMS; d++)
        for (int v = 0; v < AICT_MAX_ENUM; v++)
          g_clear_pointer (&target->ints[d][v], g_array_unref);
      for (int r = 0; r < AICT_N_ROLES; r++)
        g_clear_pointer (&target->actor_roles[r], g_hash_table_unref);
      g_clear_pointer (&target->words, g_hash_table_unref);
      g_free (target->sorted_words);
      g_free (target->spans);
    }
  g_hash_table_unref (index->children);
  g_free (index->participant_offsets);
  g_free (index->participant_actors);
  g_clear_pointer (&index->referrers, g_hash_table_unref);
  g_free (index);
}

void
_aict_query_index_ensure_participants (AictQueryIndex *index)
{
  GPtrArray *partnerships = index->targets[AICT_TARGET_PARTNERSHIPS].items;
  GArray *actors;

  if (index->participant_offsets != NULL)
    return;

  index->participant_offsets = g_new (guint, partnerships->len + 1);
  actors = g_array_sized_new (FALSE, FALSE, sizeof (int), partnerships->len * 3);
  for (guint p = 0; p < partnerships->len; p++)
    {
      GPtrArray *participants = _aict_partnership_peek_participants (g_ptr_array_index (partnerships, p));

      index->participant_offsets[p] = actors->len;
      for (guint i = 0; participants != NULL && i < participants->len; i++)
        {
          const char *actor_id = aict_participant_get_actor_id (g_ptr_array_index (participants, i));
          AictActor *actor = aict_dataset_lookup_actor (index->dataset, actor_id);
          int position = actor != NULL ? _aict_query_index_position (index, actor) : -1;

          g_array_append_val (actors, position);
        }
    }
  index->participant_offsets[partnerships->len] = actors->len;
  index->participant_actors = (int *) g_array_free (actors, FALSE);
}

GPtrArray *
_aict_query_index_actor_family (AictQueryIndex *index,
                                AictActor      *actor)
{
  GPtrArray *family = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  _aict_query_index_ensure (index, AICT_TARGET_ACTORS);   /* the children table */

  g_ptr_array_add (family, actor);
  g_hash_table_add (seen, actor);

  /* Breadth first; @seen cuts cycles of parent ids. */
  for (guint i = 0; i < family->len; i++)
    {
      AictActor *member = g_ptr_array_index (family, i);
      GPtrArray *children = g_hash_table_lookup (index->children,
                                                 aict_entity_get_id (AICT_ENTITY (member)));

      for (guint c = 0; children != NULL && c < children->len; c++)
        if (g_hash_table_add (seen, g_ptr_array_index (children, c)))
          g_ptr_array_add (family, g_ptr_array_index (children, c));
    }

  return family;
}

/* Words. */

static void
add_words (GHashTable *words,
           const char *text,
           guint       position)
{
  g_autofree char *folded = NULL;
  gsize length = 0;

  if (text == NULL)
    return;

  folded = aict_fold_text (text);
  for (const char *word = _aict_next_word (folded, &length); word != NULL;
       word = _aict_next_word (word + length, &length))
    {
      g_autofree char *key = g_strndup (word, length);
      GArray *postings = g_hash_table_lookup (words, key);

      if (postings == NULL)
        {
          postings = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (words, g_steal_pointer (&key), postings);
        }
      postings_append (postings, position);
    }
}

static void
add_entity_words (GHashTable *words,
                  gpointer    entity,
                  guint       position)
{
  add_words (words, aict_entity_get_id (entity), position);
  add_words (words, aict_entity_get_notes (entity), position);
}

static void
add_code_names (GHashTable *words,
                const char *code,
                gboolean    is_country,
                guint       position)
{
  static const char * const languages[] = { "en", "fr" };

  add_words (words, code, position);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    add_words (words,
               is_country ? aict_country_get_name (code, languages[l])
                          : aict_theme_get_label (code, languages[l]),
               position);
}

static void
partnership_words (AictQueryIndex  *index,
                   GHashTable      *words,
                   AictPartnership *partnership,
                   guint            position)
{
  const char * const *countries = aict_partnership_get_countries (partnership);
  const char * const *themes = aict_partnership_get_themes (partnership);
  GPtrArray *participants = _aict_partnership_peek_participants (partnership);
  GPtrArray *components = _aict_partnership_peek_components (partnership);

  add_entity_words (words, partnership, position);
  add_words (words, aict_partnership_get_title (partnership), position);
  for (guint i = 0; countries != NULL && countries[i] != NULL; i++)
    add_code_names (words, countries[i], TRUE, position);
  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    add_code_names (words, themes[i], FALSE, position);
  for (guint i = 0; components != NULL && i < components->len; i++)
    add_words (words, aict_component_get_title (g_ptr_array_index (components, i)), position);
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      const char *actor_id = aict_participant_get_actor_id (g_ptr_array_index (participants, i));
      AictActor *actor = aict_dataset_lookup_actor (index->dataset, actor_id);

      if (actor != NULL)
        {
          add_words (words, aict_actor_get_name (actor), position);
          add_words (words, aict_actor_get_short_name (actor), position);
        }
    }
}

static void
item_words (AictQueryIndex *index,
            AictTarget      target,
            GHashTable     *words,
            gpointer        item,
            guint           position)
{
  switch (target)
    {
    case AICT_TARGET_PARTNERSHIPS:
      partnership_words (index, words, item, position);
      break;

    case AICT_TARGET_ACTORS:
      add_entity_words (words, item, position);
      add_words (words, aict_actor_get_name (item), position);
      add_words (words, aict_actor_get_short_name (item), position);
      break;

    case AICT_TARGET_PERSONS:
      {
        GPtrArray *affiliations = _aict_person_peek_affiliations (item);

        add_entity_words (words, item, position);
        add_words (words, aict_person_get_name (item), position);
        add_words (words, aict_person_get_given_name (item), position);
        add_words (words, aict_person_get_family_name (item), position);
        for (guint i = 0; affiliations != NULL && i < affiliations->len; i++)
          add_words (words, aict_affiliation_get_post (g_ptr_array_index (affiliations, i)), position);
      }
      break;

    case AICT_TARGET_MEETINGS:
      {
        const AictPlace *place = aict_meeting_get_place (item);

        add_entity_words (words, item, position);
        add_words (words, aict_meeting_get_title (item), position);
        if (place != NULL)
          {
            add_words (words, aict_place_get_name (place), position);
            add_words (words, aict_place_get_address (place), position);
            add_words (words, aict_place_get_postal_code (place), position);
            add_words (words, aict_place_get_locality (place), position);
          }
      }
      break;

    case AICT_TARGET_OUTCOMES:
      add_entity_words (words, item, position);
      add_words (words, aict_outcome_get_text (item), position);
      break;

    case AICT_TARGET_BUDGETS:
      add_entity_words (words, item, position);
      add_words (words, aict_budget_get_label (item), position);
      break;

    case AICT_TARGET_N:
    default:
      g_assert_not_reached ();
    }
}

static int
compare_words (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

void
_aict_query_index_ensure_words (AictQueryIndex *index,
                                AictTarget      target_id)
{
  AictTargetIndex *target = &index->targets[target_id];
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  if (target->words != NULL)
    return;

  target->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postings_free);
  for (guint i = 0; i < target->items->len; i++)
    item_words (index, target_id, target->words, g_ptr_array_index (target->items, i), i);

  target->n_words = g_hash_table_size (target->words);
  target->sorted_words = g_new (char *, target->n_words + 1);
  g_hash_table_iter_init (&iter, target->words);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    target->sorted_words[n++] = key;
  target->sorted_words[n] = NULL;
  qsort (target->sorted_words, n, sizeof (char *), compare_words);
}

/* Referrers: per id, every member that names it. */

static void
add_referrer (GHashTable *referrers,
              const char *id,
              gpointer    entity,
              const char *member,
              int         index)
{
  AictReferrerEntry entry = { entity, member, index };
  GArray *entries;

  if (id == NULL)
    return;

  entries = g_hash_table_lookup (referrers, id);
  if (entries == NULL)
    {
      entries = g_array_new (FALSE, FALSE, sizeof (AictReferrerEntry));
      g_hash_table_insert (referrers, (gpointer) id, entries);
    }
  g_array_append_val (entries, entry);
}

static void
add_referrer_list (GHashTable         *referrers,
                   const char * const *ids,
                   gpointer            entity,
                   const char         *member)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    add_referrer (referrers, ids[i], entity, member, (int) i);
}

/* The sources of @entity, as "KIND.sources". */
static void
add_source_referrers (GHashTable *referrers,
                      gpointer    entity,
                      const char *member)
{
  GPtrArray *refs = _aict_entity_peek_source_refs (entity);

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    add_referrer (referrers, aict_source_ref_get_source (g_ptr_array_index (refs, i)),
                  entity, member, (int) i);
}

static void
meeting_referrers (GHashTable  *referrers,
                   AictMeeting *meeting)
{
  GPtrArray *attendance = _aict_meeting_peek_attendance (meeting);
  GListModel *agenda = aict_meeting_get_agenda (meeting);
  GListModel *contributions = aict_meeting_get_contributions (meeting);
  GListModel *outcomes = aict_meeting_get_outcomes (meeting);
  guint n;

  add_source_referrers (referrers, meeting, "meeting.sources");
  add_referrer_list (referrers, aict_meeting_get_organisers (meeting), meeting, "meeting.organisers");
  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    {
      AictAttendance *line = g_ptr_array_index (attendance, i);

      add_referrer (referrers, aict_attendance_get_person_id (line), meeting,
                    "meeting.attendance", (int) i);
      add_referrer (referrers, aict_attendance_get_representing_id (line), meeting,
                    "meeting.attendance.representing", (int) i);
    }

  /* The objects the meeting holds, each named by the meeting (the list
   * it is in) and naming what it refers to.  The model keeps them. */
  n = g_list_model_get_n_items (agenda);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictAgendaItem) item = g_list_model_get_item (agenda, i);

      add_referrer (referrers, _aict_entity_peek_id (AICT_ENTITY (item)), meeting, "meeting.agenda", (int) i);
      add_referrer (referrers, aict_agenda_item_get_parent_id (item), item, "agenda_item.parent", -1);
      add_source_referrers (referrers, item, "agenda_item.sources");
    }

  n = g_list_model_get_n_items (contributions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictContribution) contribution = g_list_model_get_item (contributions, i);

      add_referrer (referrers, _aict_entity_peek_id (AICT_ENTITY (contribution)), meeting,
                    "meeting.contributions", (int) i);
      add_referrer (referrers, aict_contribution_get_person_id (contribution), contribution,
                    "contribution.person", -1);
      add_referrer (referrers, aict_contribution_get_actor_id (contribution), contribution,
                    "contribution.actor", -1);
      add_referrer (referrers, aict_contribution_get_agenda_item_id (contribution), contribution,
                    "contribution.agenda_item", -1);
      add_source_referrers (referrers, contribution, "contribution.sources");
    }

  n = g_list_model_get_n_items (outcomes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, i);

      add_referrer (referrers, _aict_entity_peek_id (AICT_ENTITY (outcome)), meeting,
                    "meeting.outcomes", (int) i);
      add_referrer (referrers, aict_outcome_get_owner_id (outcome), outcome, "outcome.owner", -1);
      add_referrer (referrers, aict_outcome_get_agenda_item_id (outcome), outcome,
                    "outcome.agenda_item", -1);
      add_referrer_list (referrers, aict_outcome_get_actor_ids (outcome), outcome, "outcome.actors");
      add_referrer_list (referrers, aict_outcome_get_partnership_ids (outcome), outcome,
                         "outcome.partnerships");
      add_source_referrers (referrers, outcome, "outcome.sources");
    }
}

static void
referrers_free (gpointer data)
{
  g_array_unref (data);
}

static void
build_referrers (AictQueryIndex *index)
{
  AictDataset *dataset = index->dataset;
  GHashTable *referrers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, referrers_free);
  GPtrArray *items;

  /* Ids are borrowed from the model, as in every table of the index. */
  items = _aict_dataset_get_items (dataset, AICT_COLLECTION_SOURCES);
  for (guint i = 0; i < items->len; i++)
    add_source_referrers (referrers, g_ptr_array_index (items, i), "source.sources");

  items = _aict_dataset_get_items (dataset, AICT_COLLECTION_ACTORS);
  for (guint i = 0; i < items->len; i++)
    {
      AictActor *actor = g_ptr_array_index (items, i);

      add_referrer (referrers, aict_actor_get_parent_id (actor), actor, "actor.parent", -1);
      add_source_referrers (referrers, actor, "actor.sources");
    }

  items = _aict_dataset_get_items (dataset, AICT_COLLECTION_PERSONS);
  for (guint i = 0; i < items->len; i++)
    {
      AictPerson *person = g_ptr_array_index (items, i);
      GPtrArray *affiliations = _aict_person_peek_affiliations (person);

      for (guint a = 0; affiliations != NULL && a < affiliations->len; a++)
        add_referrer (referrers, aict_affiliation_get_actor_id (g_ptr_array_index (affiliations, a)),
                      person, "person.affiliations", (int) a);
      add_source_referrers (referrers, person, "person.sources");
    }

  items = _aict_dataset_get_items (dataset, AICT_COLLECTION_PARTNERSHIPS);
  for (guint i = 0; i < items->len; i++)
    {
      AictPartnership *partnership = g_ptr_array_index (items, i);
      GPtrArray *participants = _aict_partnership_peek_participants (partnership);

      for (guint p = 0; participants != NULL && p < participants->len; p++)
        add_referrer (referrers, aict_participant_get_actor_id (g_ptr_array_index (participants, p)),
                      partnership, "partnership.participants", (int) p);
      add_source_referrers (referrers, partnership, "partnership.sources");
    }

  items = _aict_dataset_get_items (dataset, AICT_COLLECTION_BUDGETS);
  for (guint i = 0; i < items->len; i++)
    {
      AictBudget *budget = g_ptr_array_index (items, i);
      GPtrArray *funders = _aict_budget_peek_funders (budget);

      add_referrer (referrers, aict_budget_get_actor_id (budget), budget, "budget.actor", -1);
      add_referrer (referrers, aict_budget_get_partnership_id (budget), budget, "budget.partnership", -1);
      for (guint f = 0; funders != NULL && f < funders->len; f++)
        add_referrer (referrers, aict_funder_get_actor_id (g_ptr_array_index (funders, f)),
                      budget, "budget.funders", (int) f);
      add_source_referrers (referrers, budget, "budget.sources");
    }

  items = _aict_dataset_get_items (dataset, AICT_COLLECTION_MEETINGS);
  for (guint i = 0; i < items->len; i++)
    meeting_referrers (referrers, g_ptr_array_index (items, i));

  index->referrers = referrers;
}

GArray *
_aict_query_index_lookup_referrers (AictQueryIndex *index,
                                    const char     *id)
{
  if (index->referrers == NULL)
    build_referrers (index);

  return g_hash_table_lookup (index->referrers, id);
}
