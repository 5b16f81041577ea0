/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "aict-query-private.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"

/* Filter evaluation: every indexed criterion becomes a sorted set of
 * positions (the union of the postings of its values); the sets are
 * intersected smallest first; what no key can answer (periods, overdue
 * dates) is then checked on the survivors only. */

typedef enum
{
  CRITERION_COUNTRY,
  CRITERION_THEME,
  CRITERION_STATUS,
  CRITERION_ROLE,
  CRITERION_ACTOR_KIND,
  CRITERION_BUDGET_KIND,
  CRITERION_OUTCOME_KIND,
  CRITERION_OUTCOME_STATUS,
  CRITERION_ACTOR,
  CRITERION_OWNER,
  CRITERION_MEETING,
  CRITERION_PERIOD,
  CRITERION_OVERDUE,
  CRITERION_TEXT,
  CRITERION_N
} Criterion;

#define BIT(c) (1u << (c))

/* Which criteria apply to which target (see the table of AictFilter). */
static const guint32 applicable[AICT_TARGET_N] = {
  [AICT_TARGET_PARTNERSHIPS] = BIT (CRITERION_COUNTRY) | BIT (CRITERION_THEME) |
                               BIT (CRITERION_STATUS) | BIT (CRITERION_ROLE) |
                               BIT (CRITERION_ACTOR) | BIT (CRITERION_PERIOD) |
                               BIT (CRITERION_TEXT),
  [AICT_TARGET_ACTORS] = BIT (CRITERION_COUNTRY) | BIT (CRITERION_THEME) |
                         BIT (CRITERION_STATUS) | BIT (CRITERION_ROLE) |
                         BIT (CRITERION_ACTOR) | BIT (CRITERION_PERIOD) |
                         BIT (CRITERION_ACTOR_KIND) | BIT (CRITERION_TEXT),
  [AICT_TARGET_PERSONS] = BIT (CRITERION_ACTOR) | BIT (CRITERION_TEXT),
  [AICT_TARGET_MEETINGS] = BIT (CRITERION_COUNTRY) | BIT (CRITERION_THEME) |
                           BIT (CRITERION_ACTOR) | BIT (CRITERION_PERIOD) |
                           BIT (CRITERION_TEXT),
  [AICT_TARGET_OUTCOMES] = BIT (CRITERION_THEME) | BIT (CRITERION_ACTOR) |
                           BIT (CRITERION_OWNER) | BIT (CRITERION_MEETING) |
                           BIT (CRITERION_OUTCOME_KIND) | BIT (CRITERION_OUTCOME_STATUS) |
                           BIT (CRITERION_PERIOD) | BIT (CRITERION_OVERDUE) |
                           BIT (CRITERION_TEXT),
  [AICT_TARGET_BUDGETS] = BIT (CRITERION_COUNTRY) | BIT (CRITERION_THEME) |
                          BIT (CRITERION_STATUS) | BIT (CRITERION_ACTOR) |
                          BIT (CRITERION_BUDGET_KIND) | BIT (CRITERION_PERIOD) |
                          BIT (CRITERION_TEXT),
};

static const char *
criterion_name (Criterion criterion)
{
  switch (criterion)
    {
    case CRITERION_COUNTRY: return _("country");
    case CRITERION_THEME: return _("theme");
    case CRITERION_STATUS: return _("partnership status");
    case CRITERION_ROLE: return _("role");
    case CRITERION_ACTOR_KIND: return _("actor kind");
    case CRITERION_BUDGET_KIND: return _("budget kind");
    case CRITERION_OUTCOME_KIND: return _("outcome kind");
    case CRITERION_OUTCOME_STATUS: return _("outcome status");
    case CRITERION_ACTOR: return _("actor");
    case CRITERION_OWNER: return _("owner");
    case CRITERION_MEETING: return _("meeting");
    case CRITERION_PERIOD: return _("period");
    case CRITERION_OVERDUE: return _("overdue date");
    case CRITERION_TEXT: return _("text");
    case CRITERION_N:
    default:
      g_assert_not_reached ();
    }
}

static const char *
target_name (AictTarget target)
{
  switch (target)
    {
    case AICT_TARGET_PARTNERSHIPS: return _("partnerships");
    case AICT_TARGET_ACTORS: return _("actors");
    case AICT_TARGET_PERSONS: return _("persons");
    case AICT_TARGET_MEETINGS: return _("meetings");
    case AICT_TARGET_OUTCOMES: return _("outcomes");
    case AICT_TARGET_BUDGETS: return _("budget lines");
    case AICT_TARGET_N:
    default:
      g_assert_not_reached ();
    }
}

static guint32
criteria_of (AictFilter *filter)
{
  guint32 set = 0;

  if (filter == NULL)
    return 0;

  if (filter->countries->len > 0) set |= BIT (CRITERION_COUNTRY);
  if (filter->themes->len > 0) set |= BIT (CRITERION_THEME);
  if (filter->statuses != 0) set |= BIT (CRITERION_STATUS);
  if (filter->roles != 0) set |= BIT (CRITERION_ROLE);
  if (filter->actor_kinds != 0) set |= BIT (CRITERION_ACTOR_KIND);
  if (filter->budget_kinds != 0) set |= BIT (CRITERION_BUDGET_KIND);
  if (filter->outcome_kinds != 0) set |= BIT (CRITERION_OUTCOME_KIND);
  if (filter->outcome_statuses != 0) set |= BIT (CRITERION_OUTCOME_STATUS);
  if (filter->actor != NULL) set |= BIT (CRITERION_ACTOR);
  if (filter->owner != NULL) set |= BIT (CRITERION_OWNER);
  if (filter->meeting != NULL) set |= BIT (CRITERION_MEETING);
  if (filter->from != NULL || filter->to != NULL) set |= BIT (CRITERION_PERIOD);
  if (filter->overdue_at != NULL) set |= BIT (CRITERION_OVERDUE);
  if (filter->terms != NULL) set |= BIT (CRITERION_TEXT);

  return set;
}

/* Sorted sets of positions. */

static GArray *
positions_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (guint));
}

/* The union of some postings (sorted arrays). */
typedef struct
{
  GArray *set;
  guint n_lists;
} Union;

static void
union_add (Union  *u,
           GArray *postings)
{
  if (postings == NULL || postings->len == 0)
    return;

  g_array_append_vals (u->set, postings->data, postings->len);
  u->n_lists++;
}

static GArray *
union_finish (Union *u)
{
  /* One list is sorted already. */
  if (u->n_lists > 1)
    _aict_positions_sort_unique (u->set);

  return u->set;
}

static gboolean
contains (GArray *sorted,
          guint   value,
          guint  *from)
{
  /* Galloping search from *from: the values asked for come in order. */
  guint lo = *from, step = 1, hi;

  while (lo + step < sorted->len && g_array_index (sorted, guint, lo + step) < value)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo + step + 1, sorted->len);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (sorted, guint, mid) < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  *from = lo;

  return lo < sorted->len && g_array_index (sorted, guint, lo) == value;
}

static int
compare_sizes (gconstpointer a,
               gconstpointer b)
{
  const GArray *x = *(GArray * const *) a;
  const GArray *y = *(GArray * const *) b;

  return x->len < y->len ? -1 : x->len > y->len;
}

/* Intersects the sets (consumed), smallest first: the cost is about the
 * size of the smallest times the log of the others. */
static GArray *
intersect_all (GPtrArray *sets)
{
  GArray *result;

  g_ptr_array_sort (sets, compare_sizes);
  result = g_array_ref (g_ptr_array_index (sets, 0));
  for (guint s = 1; s < sets->len && result->len > 0; s++)
    {
      GArray *other = g_ptr_array_index (sets, s);
      guint kept = 0, from = 0;

      for (guint i = 0; i < result->len; i++)
        {
          guint value = g_array_index (result, guint, i);

          if (contains (other, value, &from))
            g_array_index (result, guint, kept++) = value;
        }
      g_array_set_size (result, kept);
    }

  return result;
}

/* Building the sets of one query. */

typedef struct
{
  AictQueryIndex *index;
  AictTarget target;
  GPtrArray *sets;   /* GArray * */
} Query;

static void
query_add_keys (Query         *query,
                AictStringDim  dimension,
                GPtrArray     *values)
{
  Union u = { positions_new (), 0 };

  for (guint i = 0; i < values->len; i++)
    union_add (&u, _aict_query_index_lookup (query->index, query->target, dimension,
                                            g_ptr_array_index (values, i)));
  g_ptr_array_add (query->sets, union_finish (&u));
}

static void
query_add_bits (Query      *query,
                AictIntDim  dimension,
                guint32     bits)
{
  Union u = { positions_new (), 0 };

  for (int v = 0; v < AICT_MAX_ENUM; v++)
    if (bits & (1u << v))
      union_add (&u, _aict_query_index_lookup_int (query->index, query->target, dimension, v));
  g_ptr_array_add (query->sets, union_finish (&u));
}

static void
query_add_family (Query         *query,
                  AictStringDim  dimension,
                  GPtrArray     *family)
{
  Union u = { positions_new (), 0 };

  for (guint i = 0; i < family->len; i++)
    union_add (&u, _aict_query_index_lookup (query->index, query->target, dimension,
                                            aict_entity_get_id (g_ptr_array_index (family, i))));
  g_ptr_array_add (query->sets, union_finish (&u));
}

static void
query_add_actor_roles (Query     *query,
                       GPtrArray *family,
                       guint32    roles)
{
  Union u = { positions_new (), 0 };

  for (guint i = 0; i < family->len; i++)
    for (int r = 0; r < AICT_N_ROLES; r++)
      if (roles & (1u << r))
        union_add (&u, _aict_query_index_lookup_actor_role (query->index,
                                                           aict_entity_get_id (g_ptr_array_index (family, i)),
                                                           r));
  g_ptr_array_add (query->sets, union_finish (&u));
}

static void
query_add_terms (Query       *query,
                 char       **terms)
{
  AictTargetIndex *target = &query->index->targets[query->target];

  _aict_query_index_ensure_words (query->index, query->target);

  for (guint t = 0; terms[t] != NULL; t++)
    {
      const char *term = terms[t];
      gsize length = strlen (term);
      guint lo = 0, hi = target->n_words;
      Union u = { positions_new (), 0 };

      /* The first word not below @term, then every word it begins. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (strcmp (target->sorted_words[mid], term) < 0)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint w = lo; w < target->n_words && strncmp (target->sorted_words[w], term, length) == 0; w++)
        union_add (&u, g_hash_table_lookup (target->words, target->sorted_words[w]));

      g_ptr_array_add (query->sets, union_finish (&u));
    }
}

static GPtrArray *
resolve_actor (AictQueryIndex  *index,
               const char      *actor_id,
               GError         **error)
{
  AictActor *actor = aict_dataset_lookup_actor (index->dataset, actor_id);

  if (actor == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (actor_id, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND,
                   _("No actor with id “%s”"), shown);
      return NULL;
    }

  return _aict_query_index_actor_family (index, actor);
}

static gboolean
in_family (GPtrArray  *family,
           const char *actor_id)
{
  for (guint i = 0; family != NULL && i < family->len; i++)
    if (g_strcmp0 (aict_entity_get_id (g_ptr_array_index (family, i)), actor_id) == 0)
      return TRUE;

  return FALSE;
}

/* Actors through their partnerships: the participants (in one of the
 * roles, if any) of the partnerships that match the partnership criteria,
 * other than the actor criterion's own family. */
static gboolean
query_add_actors_via_partnerships (Query       *query,
                                   AictFilter  *filter,
                                   GPtrArray   *family,
                                   GError     **error)
{
  g_autoptr(AictFilter) partnership_filter = _aict_filter_copy (filter);
  g_autoptr(GArray) partnerships = NULL;
  AictQueryIndex *index = query->index;
  GPtrArray *items = index->targets[AICT_TARGET_PARTNERSHIPS].items;
  GArray *set = positions_new ();

  /* The partnership criteria only: the kinds and the text are the actors'
   * own, and roles, with an actor, apply to the actors found. */
  partnership_filter->actor_kinds = 0;
  aict_filter_set_text (partnership_filter, NULL);
  if (filter->actor != NULL)
    partnership_filter->roles = 0;

  partnerships = _aict_query_run (index->dataset, AICT_TARGET_PARTNERSHIPS, partnership_filter, error);
  if (partnerships == NULL)
    {
      g_array_unref (set);
      return FALSE;
    }

  for (guint i = 0; i < partnerships->len; i++)
    {
      AictPartnership *partnership = g_ptr_array_index (items, g_array_index (partnerships, guint, i));
      GPtrArray *participants = _aict_partnership_peek_participants (partnership);

      for (guint j = 0; participants != NULL && j < participants->len; j++)
        {
          AictParticipant *participant = g_ptr_array_index (participants, j);
          const char *actor_id = aict_participant_get_actor_id (participant);
          AictActor *actor;
          int position;

          if (filter->roles != 0 &&
              !(filter->roles & (1u << aict_participant_get_role (participant))))
            continue;
          if (in_family (family, actor_id))
            continue;
          actor = aict_dataset_lookup_actor (index->dataset, actor_id);
          if (actor != NULL && (position = _aict_query_index_position (index, actor)) >= 0)
            g_array_append_val (set, position);
        }
    }

  _aict_positions_sort_unique (set);
  g_ptr_array_add (query->sets, set);

  return TRUE;
}

static gboolean
span_overlaps (const AictSpan *span,
               guint32         from,
               guint32         to)
{
  return span->dated && span->first <= to && from <= span->last;
}

/**
 * aict_outcome_is_overdue:
 * @self: an [class@Aict.Outcome]
 * @date: the date to judge at
 *
 * Whether @self is overdue at @date: it is still open or in progress and
 * its due date is wholly before @date (an action due in "2016-12" is
 * overdue from 1 January 2017).  An outcome without a due date is never
 * overdue.
 *
 * Returns: %TRUE if overdue
 *
 * Since: 0.1
 */
gboolean
aict_outcome_is_overdue (AictOutcome           *self,
                         const AictPartialDate *date)
{
  const AictPartialDate *due;
  AictOutcomeStatus status;

  g_return_val_if_fail (AICT_IS_OUTCOME (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  due = aict_outcome_get_due (self);
  status = aict_outcome_get_status (self);

  return due != NULL &&
         (status == AICT_OUTCOME_STATUS_OPEN || status == AICT_OUTCOME_STATUS_IN_PROGRESS) &&
         _aict_day_last (due) < _aict_day_first (date);
}

GArray *
_aict_query_run (AictDataset  *dataset,
                 AictTarget    target,
                 AictFilter   *filter,
                 GError      **error)
{
  AictQueryIndex *index = _aict_dataset_get_query_index (dataset);
  AictTargetIndex *target_index = &index->targets[target];
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GPtrArray) owners = NULL;
  Query query = { index, target, sets };
  guint32 criteria = criteria_of (filter);
  guint32 wrong = criteria & ~applicable[target];
  GArray *result;

  /* Without criteria every object matches: no table is needed. */
  if (criteria != 0)
    _aict_query_index_ensure (index, target);

  if (wrong != 0)
    {
      Criterion first = (Criterion) g_bit_nth_lsf (wrong, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   /* TRANSLATORS: "the theme criterion does not apply to persons" */
                   _("The %s criterion does not apply to %s"),
                   criterion_name (first), target_name (target));
      return NULL;
    }

  if (criteria & BIT (CRITERION_ACTOR) &&
      (family = resolve_actor (index, filter->actor, error)) == NULL)
    return NULL;
  if (criteria & BIT (CRITERION_OWNER) &&
      (owners = resolve_actor (index, filter->owner, error)) == NULL)
    return NULL;
  if (criteria & BIT (CRITERION_MEETING) &&
      aict_dataset_lookup_meeting (dataset, filter->meeting) == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (filter->meeting, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND,
                   _("No meeting with id “%s”"), shown);
      return NULL;
    }

  if (target == AICT_TARGET_ACTORS)
    {
      guint32 via = BIT (CRITERION_COUNTRY) | BIT (CRITERION_THEME) | BIT (CRITERION_STATUS) |
                    BIT (CRITERION_ROLE) | BIT (CRITERION_ACTOR) | BIT (CRITERION_PERIOD);

      if ((criteria & via) != 0 &&
          !query_add_actors_via_partnerships (&query, filter, family, error))
        return NULL;
      if (criteria & BIT (CRITERION_ACTOR_KIND))
        query_add_bits (&query, AICT_DIM_KIND, filter->actor_kinds);
    }
  else if (target == AICT_TARGET_BUDGETS)
    {
      /* Countries, themes and status are the partnership's: the lines of
       * the matching partnerships. */
      if (criteria & (BIT (CRITERION_COUNTRY) | BIT (CRITERION_THEME) | BIT (CRITERION_STATUS)))
        {
          g_autoptr(AictFilter) partnership_filter = aict_filter_new ();
          g_autoptr(GArray) partnerships = NULL;

          for (guint i = 0; i < filter->countries->len; i++)
            g_ptr_array_add (partnership_filter->countries, g_strdup (g_ptr_array_index (filter->countries, i)));
          for (guint i = 0; i < filter->themes->len; i++)
            g_ptr_array_add (partnership_filter->themes, g_strdup (g_ptr_array_index (filter->themes, i)));
          partnership_filter->statuses = filter->statuses;
          partnerships = _aict_query_run (dataset, AICT_TARGET_PARTNERSHIPS, partnership_filter, error);
          if (partnerships == NULL)
            return NULL;
          g_ptr_array_add (sets, _aict_query_index_budgets_of (index, partnerships));
        }
      /* An actor's own lines, and those of its partnerships. */
      if (criteria & BIT (CRITERION_ACTOR))
        {
          Union u = { positions_new (), 0 };
          Union via = { positions_new (), 0 };
          g_autoptr(GArray) partnerships = NULL;
          g_autoptr(GArray) lines = NULL;

          for (guint i = 0; i < family->len; i++)
            {
              const char *id = aict_entity_get_id (g_ptr_array_index (family, i));

              union_add (&u, _aict_query_index_lookup (index, AICT_TARGET_BUDGETS, AICT_DIM_ACTOR, id));
              union_add (&via, _aict_query_index_lookup (index, AICT_TARGET_PARTNERSHIPS, AICT_DIM_ACTOR, id));
            }
          partnerships = union_finish (&via);
          lines = _aict_query_index_budgets_of (index, partnerships);
          union_add (&u, lines);
          g_ptr_array_add (sets, union_finish (&u));
        }
      if (criteria & BIT (CRITERION_BUDGET_KIND))
        query_add_bits (&query, AICT_DIM_KIND, filter->budget_kinds);
    }
  else if (filter != NULL)
    {
      if (criteria & BIT (CRITERION_COUNTRY))
        query_add_keys (&query, AICT_DIM_COUNTRY, filter->countries);
      if (criteria & BIT (CRITERION_THEME))
        query_add_keys (&query, AICT_DIM_THEME, filter->themes);
      if (criteria & BIT (CRITERION_STATUS))
        query_add_bits (&query, AICT_DIM_STATUS, filter->statuses);
      if (criteria & BIT (CRITERION_OUTCOME_STATUS))
        query_add_bits (&query, AICT_DIM_STATUS, filter->outcome_statuses);
      if (criteria & BIT (CRITERION_OUTCOME_KIND))
        query_add_bits (&query, AICT_DIM_KIND, filter->outcome_kinds);
      if (criteria & BIT (CRITERION_BUDGET_KIND))
        query_add_bits (&query, AICT_DIM_KIND, filter->budget_kinds);
      if (criteria & BIT (CRITERION_OWNER))
        query_add_family (&query, AICT_DIM_OWNER, owners);
      if (criteria & BIT (CRITERION_MEETING))
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, filter->meeting);
          query_add_keys (&query, AICT_DIM_MEETING, one);
        }
      if (criteria & BIT (CRITERION_ACTOR))
        {
          if (target == AICT_TARGET_PARTNERSHIPS && filter->roles != 0)
            query_add_actor_roles (&query, family, filter->roles);
          else
            query_add_family (&query, AICT_DIM_ACTOR, family);
        }
      else if (criteria & BIT (CRITERION_ROLE))
        query_add_bits (&query, AICT_DIM_ROLE, filter->roles);
    }

  if (criteria & BIT (CRITERION_TEXT))
    query_add_terms (&query, filter->terms);

  if (sets->len > 0)
    result = intersect_all (sets);
  else
    {
      result = g_array_sized_new (FALSE, FALSE, sizeof (guint), target_index->items->len);
      for (guint i = 0; i < target_index->items->len; i++)
        g_array_append_val (result, i);
    }

  /* What the keys cannot answer, on what is left. */
  if (target != AICT_TARGET_ACTORS &&
      criteria & (BIT (CRITERION_PERIOD) | BIT (CRITERION_OVERDUE)))
    {
      guint32 from = filter->from != NULL ? _aict_day_first (filter->from) : AICT_DAY_MIN;
      guint32 to = filter->to != NULL ? _aict_day_last (filter->to) : AICT_DAY_MAX;
      guint kept = 0;

      for (guint i = 0; i < result->len; i++)
        {
          guint position = g_array_index (result, guint, i);
          gboolean keep = TRUE;

          if (criteria & BIT (CRITERION_PERIOD))
            keep = span_overlaps (&target_index->spans[position], from, to);
          if (keep && criteria & BIT (CRITERION_OVERDUE))
            keep = aict_outcome_is_overdue (g_ptr_array_index (target_index->items, position),
                                            filter->overdue_at);
          if (keep)
            g_array_index (result, guint, kept++) = position;
        }
      g_array_set_size (result, kept);
    }

  return result;
}

GListModel *
_aict_query_store (AictQueryIndex *index,
                   AictTarget      target,
                   GArray         *positions)
{
  g_autofree gpointer *objects = g_new (gpointer, MAX (positions->len, 1));
  GPtrArray *items = index->targets[target].items;
  GListStore *store;
  GType type;

  /* A switch, not a table filled on first use: queries run in several
   * threads at once (on separate datasets). */
  switch (target)
    {
    case AICT_TARGET_PARTNERSHIPS: type = AICT_TYPE_PARTNERSHIP; break;
    case AICT_TARGET_ACTORS: type = AICT_TYPE_ACTOR; break;
    case AICT_TARGET_PERSONS: type = AICT_TYPE_PERSON; break;
    case AICT_TARGET_MEETINGS: type = AICT_TYPE_MEETING; break;
    case AICT_TARGET_OUTCOMES: type = AICT_TYPE_OUTCOME; break;
    case AICT_TARGET_BUDGETS: type = AICT_TYPE_BUDGET; break;
    case AICT_TARGET_N:
    default:
      g_assert_not_reached ();
    }

  store = g_list_store_new (type);
  for (guint i = 0; i < positions->len; i++)
    objects[i] = g_ptr_array_index (items, g_array_index (positions, guint, i));
  g_list_store_splice (store, 0, 0, objects, positions->len);

  return G_LIST_MODEL (store);
}

static GListModel *
filter_target (AictDataset  *self,
               AictTarget    target,
               AictFilter   *filter,
               GError      **error)
{
  g_autoptr(GArray) positions = _aict_query_run (self, target, filter, error);

  if (positions == NULL)
    return NULL;

  return _aict_query_store (_aict_dataset_get_query_index (self), target, positions);
}

#define CHECK_ARGS \
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL); \
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), NULL); \
  g_return_val_if_fail (error == NULL || *error == NULL, NULL)

/**
 * aict_dataset_filter_partnerships:
 * @self: an [class@Aict.Dataset]
 * @filter: (nullable): the criteria, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the partnerships that match @filter (see [class@Aict.Filter] for
 * what each criterion means).  The first query builds an index of the
 * dataset; later ones cost in proportion to the postings they read, until
 * the dataset changes.
 *
 * Fails with %AICT_ERROR_INVALID_ARGUMENT for a criterion that does not
 * apply to partnerships and %AICT_ERROR_NOT_FOUND for an unknown actor.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Partnership], in dataset order, or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_filter_partnerships (AictDataset  *self,
                                  AictFilter   *filter,
                                  GError      **error)
{
  CHECK_ARGS;
  return filter_target (self, AICT_TARGET_PARTNERSHIPS, filter, error);
}

/**
 * aict_dataset_filter_actors:
 * @self: an [class@Aict.Dataset]
 * @filter: (nullable): the criteria, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the actors that match @filter.  Partnership criteria (country,
 * theme, status, actor, role, period) select the actors that take part in
 * a matching partnership: "who works in Morocco" is a country criterion.
 * With an actor criterion, the result is its fellow participants, without
 * the actor itself and its units.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Actor], in dataset order, or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_filter_actors (AictDataset  *self,
                            AictFilter   *filter,
                            GError      **error)
{
  CHECK_ARGS;
  return filter_target (self, AICT_TARGET_ACTORS, filter, error);
}

/**
 * aict_dataset_filter_persons:
 * @self: an [class@Aict.Dataset]
 * @filter: (nullable): the criteria, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the persons that match @filter: an actor criterion gives the
 * people affiliated with the actor or its units.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Person], in dataset order, or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_filter_persons (AictDataset  *self,
                             AictFilter   *filter,
                             GError      **error)
{
  CHECK_ARGS;
  return filter_target (self, AICT_TARGET_PERSONS, filter, error);
}

/**
 * aict_dataset_filter_meetings:
 * @self: an [class@Aict.Dataset]
 * @filter: (nullable): the criteria, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the meetings that match @filter.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Meeting], in dataset order, or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_filter_meetings (AictDataset  *self,
                              AictFilter   *filter,
                              GError      **error)
{
  CHECK_ARGS;
  return filter_target (self, AICT_TARGET_MEETINGS, filter, error);
}

/**
 * aict_dataset_filter_outcomes:
 * @self: an [class@Aict.Dataset]
 * @filter: (nullable): the criteria, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the outcomes of every meeting that match @filter: the follow-up
 * actions of an owner (an outcome kind and an owner criterion), the open
 * ones, those overdue at a date, what one meeting decided.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Outcome], in meeting order and then in the order of each
 *   meeting, or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_filter_outcomes (AictDataset  *self,
                              AictFilter   *filter,
                              GError      **error)
{
  CHECK_ARGS;
  return filter_target (self, AICT_TARGET_OUTCOMES, filter, error);
}

/**
 * aict_dataset_filter_budgets:
 * @self: an [class@Aict.Dataset]
 * @filter: (nullable): the criteria, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the budget lines that match @filter.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Budget], in dataset order, or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_filter_budgets (AictDataset  *self,
                             AictFilter   *filter,
                             GError      **error)
{
  CHECK_ARGS;
  return filter_target (self, AICT_TARGET_BUDGETS, filter, error);
}
