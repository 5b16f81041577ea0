/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "aict-query-private.h"
#include "aict-codelist.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"

/* Overlaps ("mutualisation"): one walk over the partnerships (and the
 * budget lines, for funders) files each home-side actor under every
 * country, partner, theme and funder it works with; the groups of two or
 * more actors are the overlaps. */

#define N_KINDS 4
#define MAX_PARENT_DEPTH 64

typedef struct
{
  guint actor;         /* position in the actors */
  guint partnership;   /* position in the partnerships */
} Pair;

typedef struct
{
  int kind;            /* 0..3: country, partner, theme, funder */
  const char *key;     /* borrowed from the model */
  GArray *pairs;       /* Pair */
  /* Filled by finish: */
  GArray *actors;      /* sorted unique positions */
  GArray *partnerships;
  AictOverlapKind shared;
  guint n_active;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->pairs);
  g_clear_pointer (&group->actors, g_array_unref);
  g_clear_pointer (&group->partnerships, g_array_unref);
  g_free (group);
}

typedef struct
{
  AictDataset *dataset;
  AictQueryIndex *index;
  AictOverlapKind kinds;
  const char *home;
  guint32 actor_kinds;
  int *home_of;             /* per actor position: its home-side top actor, -1 none, -2 unknown */
  GHashTable *groups[N_KINDS];   /* key → Group */
  GPtrArray *all;           /* Group, owned */
} Overlaps;

static const guint32 local_authorities =
  1u << AICT_ACTOR_KIND_REGION | 1u << AICT_ACTOR_KIND_DEPARTEMENT |
  1u << AICT_ACTOR_KIND_COMMUNE | 1u << AICT_ACTOR_KIND_INTERCOMMUNALITY;

/* The home-side actor @actor stands for: its top-most ancestor, if that is
 * in the home country and of a kind considered; else -1. */
static int
home_actor (Overlaps  *overlaps,
            AictActor *actor)
{
  int position = _aict_query_index_position (overlaps->index, actor);
  AictActor *top = actor;
  int top_position;

  if (position < 0)
    return -1;
  if (overlaps->home_of[position] != -2)
    return overlaps->home_of[position];

  for (int depth = 0; depth < MAX_PARENT_DEPTH; depth++)
    {
      const char *parent_id = aict_actor_get_parent_id (top);
      AictActor *parent = parent_id != NULL ? aict_dataset_lookup_actor (overlaps->dataset, parent_id) : NULL;

      if (parent == NULL || parent == actor)
        break;
      top = parent;
    }

  top_position = _aict_query_index_position (overlaps->index, top);
  if (g_strcmp0 (aict_actor_get_country (top), overlaps->home) != 0 ||
      !(overlaps->actor_kinds & (1u << aict_actor_get_kind (top))))
    top_position = -1;

  overlaps->home_of[position] = top_position;

  return top_position;
}

static int
home_actor_by_id (Overlaps   *overlaps,
                  const char *actor_id)
{
  AictActor *actor = actor_id != NULL ? aict_dataset_lookup_actor (overlaps->dataset, actor_id) : NULL;

  return actor != NULL ? home_actor (overlaps, actor) : -1;
}

static void
file_under (Overlaps   *overlaps,
            int         kind,
            const char *key,
            const int  *actors,
            guint       n_actors,
            guint       partnership)
{
  Group *group;

  if (key == NULL || n_actors == 0 || !(overlaps->kinds & (1 << kind)))
    return;

  group = g_hash_table_lookup (overlaps->groups[kind], key);
  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->kind = kind;
      group->key = key;
      group->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
      g_hash_table_insert (overlaps->groups[kind], (gpointer) key, group);
      g_ptr_array_add (overlaps->all, group);
    }

  for (guint i = 0; i < n_actors; i++)
    {
      Pair pair = { actors[i], partnership };

      g_array_append_val (group->pairs, pair);
    }
}

static gboolean
contains_int (const int *values,
              guint      n,
              int        value)
{
  for (guint i = 0; i < n; i++)
    if (values[i] == value)
      return TRUE;

  return FALSE;
}

#define MAX_HOME 64

static void
walk_partnership (Overlaps        *overlaps,
                  AictPartnership *partnership,
                  guint            position)
{
  GPtrArray *participants = _aict_partnership_peek_participants (partnership);
  GPtrArray *components = _aict_partnership_peek_components (partnership);
  const char * const *countries = aict_partnership_get_countries (partnership);
  const char * const *themes = aict_partnership_get_themes (partnership);
  int home[MAX_HOME];
  guint n_home = 0;

  if (participants == NULL)
    return;

  for (guint i = 0; i < participants->len && n_home < MAX_HOME; i++)
    {
      int actor = home_actor_by_id (overlaps,
                                    aict_participant_get_actor_id (g_ptr_array_index (participants, i)));

      if (actor >= 0 && !contains_int (home, n_home, actor))
        home[n_home++] = actor;
    }
  if (n_home == 0)
    return;

  for (guint i = 0; countries != NULL && countries[i] != NULL; i++)
    if (g_strcmp0 (countries[i], overlaps->home) != 0)
      file_under (overlaps, 0, countries[i], home, n_home, position);

  for (guint i = 0; i < participants->len; i++)
    {
      AictParticipant *participant = g_ptr_array_index (participants, i);
      const char *actor_id = aict_participant_get_actor_id (participant);
      AictParticipantRole role = aict_participant_get_role (participant);
      AictActor *actor;

      if (role == AICT_PARTICIPANT_ROLE_PARTNER &&
          (actor = aict_dataset_lookup_actor (overlaps->dataset, actor_id)) != NULL &&
          g_strcmp0 (aict_actor_get_country (actor), overlaps->home) != 0)
        file_under (overlaps, 1, actor_id, home, n_home, position);
      else if (role == AICT_PARTICIPANT_ROLE_FUNDER &&
               !contains_int (home, n_home, home_actor_by_id (overlaps, actor_id)))
        file_under (overlaps, 3, actor_id, home, n_home, position);
    }

  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    file_under (overlaps, 2, themes[i], home, n_home, position);
  for (guint c = 0; components != NULL && c < components->len; c++)
    {
      const char * const *component_themes = aict_component_get_themes (g_ptr_array_index (components, c));

      for (guint i = 0; component_themes != NULL && component_themes[i] != NULL; i++)
        file_under (overlaps, 2, component_themes[i], home, n_home, position);
    }
}

/* Funders of budget lines of the partnerships walked: the co-funders of
 * their home-side participants. */
static void
walk_budget (Overlaps   *overlaps,
             AictBudget *budget,
             GArray     *selected)   /* per partnership position: walked? */
{
  GPtrArray *funders = _aict_budget_peek_funders (budget);
  const char *partnership_id = aict_budget_get_partnership_id (budget);
  AictPartnership *partnership;
  GPtrArray *participants;
  int position;
  int home[MAX_HOME];
  guint n_home = 0;

  if (funders == NULL || funders->len == 0 || partnership_id == NULL)
    return;

  partnership = aict_dataset_lookup_partnership (overlaps->dataset, partnership_id);
  if (partnership == NULL ||
      (position = _aict_query_index_position (overlaps->index, partnership)) < 0 ||
      !g_array_index (selected, gboolean, position))
    return;

  participants = _aict_partnership_peek_participants (partnership);
  for (guint i = 0; participants != NULL && i < participants->len && n_home < MAX_HOME; i++)
    {
      int actor = home_actor_by_id (overlaps,
                                    aict_participant_get_actor_id (g_ptr_array_index (participants, i)));

      if (actor >= 0 && !contains_int (home, n_home, actor))
        home[n_home++] = actor;
    }

  for (guint i = 0; i < funders->len; i++)
    {
      const char *funder_id = aict_funder_get_actor_id (g_ptr_array_index (funders, i));

      /* An actor funding its own partnership is not a co-funder. */
      if (!contains_int (home, n_home, home_actor_by_id (overlaps, funder_id)))
        file_under (overlaps, 3, funder_id, home, n_home, position);
    }
}

static int
compare_pairs (const void *a,
               const void *b)
{
  const Pair *x = a;
  const Pair *y = b;

  if (x->actor != y->actor)
    return x->actor < y->actor ? -1 : 1;
  return x->partnership < y->partnership ? -1 : x->partnership > y->partnership;
}

static int
compare_uint (const void *a,
              const void *b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Sorts the pairs, and derives the actors and the partnerships. */
static void
group_finish (Overlaps *overlaps,
              Group    *group)
{
  GPtrArray *partnerships = overlaps->index->targets[AICT_TARGET_PARTNERSHIPS].items;
  GArray *pairs = group->pairs;
  guint kept = 0;

  qsort (pairs->data, pairs->len, sizeof (Pair), compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    if (kept == 0 || compare_pairs (&g_array_index (pairs, Pair, kept - 1), &g_array_index (pairs, Pair, i)) != 0)
      g_array_index (pairs, Pair, kept++) = g_array_index (pairs, Pair, i);
  g_array_set_size (pairs, kept);

  group->actors = g_array_new (FALSE, FALSE, sizeof (guint));
  group->partnerships = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);

      if (group->actors->len == 0 ||
          g_array_index (group->actors, guint, group->actors->len - 1) != pair->actor)
        g_array_append_val (group->actors, pair->actor);
      g_array_append_val (group->partnerships, pair->partnership);
    }

  if (group->actors->len < 2)
    return;

  qsort (group->partnerships->data, group->partnerships->len, sizeof (guint), compare_uint);
  kept = 0;
  for (guint i = 0; i < group->partnerships->len; i++)
    {
      guint value = g_array_index (group->partnerships, guint, i);

      if (kept > 0 && g_array_index (group->partnerships, guint, kept - 1) == value)
        continue;
      g_array_index (group->partnerships, guint, kept++) = value;
      if (aict_partnership_get_status (g_ptr_array_index (partnerships, value)) ==
          AICT_PARTNERSHIP_STATUS_ACTIVE)
        group->n_active++;
    }
  g_array_set_size (group->partnerships, kept);
}

/* The keys each actor has along each kind: actor position → set of keys. */
typedef struct
{
  GHashTable *of_actor[N_KINDS];
} ActorKeys;

static void
actor_keys_init (ActorKeys *keys,
                 Overlaps  *overlaps)
{
  for (int k = 0; k < N_KINDS; k++)
    keys->of_actor[k] = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);

  for (guint g = 0; g < overlaps->all->len; g++)
    {
      Group *group = g_ptr_array_index (overlaps->all, g);

      for (guint i = 0; i < group->actors->len; i++)
        {
          gpointer actor = GUINT_TO_POINTER (g_array_index (group->actors, guint, i) + 1);
          GHashTable *set = g_hash_table_lookup (keys->of_actor[group->kind], actor);

          if (set == NULL)
            {
              set = g_hash_table_new (g_str_hash, g_str_equal);
              g_hash_table_insert (keys->of_actor[group->kind], actor, set);
            }
          g_hash_table_add (set, (gpointer) group->key);
        }
    }
}

static void
actor_keys_clear (ActorKeys *keys)
{
  for (int k = 0; k < N_KINDS; k++)
    g_hash_table_unref (keys->of_actor[k]);
}

/* Whether all actors of @group share at least one key along @kind. */
static gboolean
all_share (ActorKeys *keys,
           Group     *group,
           int        kind)
{
  GHashTable *first = g_hash_table_lookup (keys->of_actor[kind],
                                           GUINT_TO_POINTER (g_array_index (group->actors, guint, 0) + 1));
  GHashTableIter iter;
  gpointer key;

  if (first == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, first);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gboolean everyone = TRUE;

      for (guint i = 1; i < group->actors->len && everyone; i++)
        {
          GHashTable *set = g_hash_table_lookup (keys->of_actor[kind],
                                                 GUINT_TO_POINTER (g_array_index (group->actors, guint, i) + 1));

          everyone = set != NULL && g_hash_table_contains (set, key);
        }
      if (everyone)
        return TRUE;
    }

  return FALSE;
}

static int
compare_groups (gconstpointer pa,
                gconstpointer pb)
{
  const Group *a = *(Group * const *) pa;
  const Group *b = *(Group * const *) pb;
  int sa = __builtin_popcount (a->shared), sb = __builtin_popcount (b->shared);

  if (sa != sb)
    return sa > sb ? -1 : 1;
  if (a->n_active != b->n_active)
    return a->n_active > b->n_active ? -1 : 1;
  if (a->actors->len != b->actors->len)
    return a->actors->len > b->actors->len ? -1 : 1;
  if (a->partnerships->len != b->partnerships->len)
    return a->partnerships->len > b->partnerships->len ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;

  return strcmp (a->key, b->key);
}

static char **
ids_of (GPtrArray *items,
        GArray    *positions)
{
  char **ids = g_new (char *, positions->len + 1);

  for (guint i = 0; i < positions->len; i++)
    ids[i] = g_strdup (aict_entity_get_id (g_ptr_array_index (items, g_array_index (positions, guint, i))));
  ids[positions->len] = NULL;

  return ids;
}

static gboolean
check_home (const char  *home_country,
            GError     **error)
{
  if (!aict_country_is_valid (home_country))
    {
      g_autofree char *shown = g_utf8_make_valid (home_country, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an ISO 3166-1 country code (such as MA or SN)"), shown);
      return FALSE;
    }

  return TRUE;
}

/* Runs the walk; on success @overlaps->all holds the finished groups. */
static gboolean
overlaps_run (Overlaps     *overlaps,
              AictDataset  *dataset,
              AictOverlapKind kinds,
              const char   *home_country,
              AictFilter   *filter,
              GError      **error)
{
  g_autoptr(AictFilter) partnership_filter = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GArray) selected = NULL;
  AictQueryIndex *index;
  GPtrArray *partnerships;
  GPtrArray *budgets;
  guint n_actors;

  /* The actor kinds say who counts as home side; the rest of the filter
   * selects partnerships. */
  if (filter != NULL)
    {
      partnership_filter = aict_filter_new ();
      for (guint i = 0; i < filter->countries->len; i++)
        g_ptr_array_add (partnership_filter->countries, g_strdup (g_ptr_array_index (filter->countries, i)));
      for (guint i = 0; i < filter->themes->len; i++)
        g_ptr_array_add (partnership_filter->themes, g_strdup (g_ptr_array_index (filter->themes, i)));
      partnership_filter->statuses = filter->statuses;
      partnership_filter->roles = filter->roles;
      partnership_filter->budget_kinds = filter->budget_kinds;
      partnership_filter->outcome_kinds = filter->outcome_kinds;
      partnership_filter->outcome_statuses = filter->outcome_statuses;
      partnership_filter->actor = g_strdup (filter->actor);
      partnership_filter->owner = g_strdup (filter->owner);
      partnership_filter->meeting = g_strdup (filter->meeting);
      partnership_filter->from = filter->from != NULL ? aict_partial_date_copy (filter->from) : NULL;
      partnership_filter->to = filter->to != NULL ? aict_partial_date_copy (filter->to) : NULL;
      partnership_filter->overdue_at = filter->overdue_at != NULL ? aict_partial_date_copy (filter->overdue_at) : NULL;
      aict_filter_set_text (partnership_filter, filter->text);
    }

  positions = _aict_query_run (dataset, AICT_TARGET_PARTNERSHIPS, partnership_filter, error);
  if (positions == NULL)
    return FALSE;

  index = _aict_dataset_get_query_index (dataset);
  partnerships = index->targets[AICT_TARGET_PARTNERSHIPS].items;
  budgets = index->targets[AICT_TARGET_BUDGETS].items;
  n_actors = index->targets[AICT_TARGET_ACTORS].items->len;

  overlaps->dataset = dataset;
  overlaps->index = index;
  overlaps->kinds = kinds;
  overlaps->home = home_country;
  overlaps->actor_kinds = filter != NULL && filter->actor_kinds != 0 ? filter->actor_kinds : local_authorities;
  overlaps->home_of = g_new (int, MAX (n_actors, 1));
  for (guint i = 0; i < n_actors; i++)
    overlaps->home_of[i] = -2;
  for (int k = 0; k < N_KINDS; k++)
    overlaps->groups[k] = g_hash_table_new (g_str_hash, g_str_equal);
  overlaps->all = g_ptr_array_new_with_free_func (group_free);

  selected = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), partnerships->len);
  g_array_set_size (selected, partnerships->len);
  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);

      g_array_index (selected, gboolean, position) = TRUE;
      walk_partnership (overlaps, g_ptr_array_index (partnerships, position), position);
    }

  if (kinds & AICT_OVERLAP_KIND_FUNDER)
    for (guint i = 0; i < budgets->len; i++)
      walk_budget (overlaps, g_ptr_array_index (budgets, i), selected);

  for (guint g = 0; g < overlaps->all->len; g++)
    group_finish (overlaps, g_ptr_array_index (overlaps->all, g));

  return TRUE;
}

static void
overlaps_clear (Overlaps *overlaps)
{
  g_free (overlaps->home_of);
  for (int k = 0; k < N_KINDS; k++)
    g_clear_pointer (&overlaps->groups[k], g_hash_table_unref);
  g_clear_pointer (&overlaps->all, g_ptr_array_unref);
}

/**
 * aict_dataset_find_overlaps:
 * @self: an [class@Aict.Dataset]
 * @kinds: the dimensions to look along, such as %AICT_OVERLAP_KIND_ALL
 * @home_country: (nullable): the country of the home side, or %NULL for
 *   France (`FR`)
 * @filter: (nullable): which partnerships to consider and, with actor
 *   kinds, which home-side actors; %NULL for all partnerships and local
 *   authorities
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds groups of two or more home-side actors that share a country, a
 * partner, a theme or a funder — where pooling their work
 * ("mutualisation") could pay.
 *
 * Home-side actors are the actors of @home_country of the kinds the filter
 * names (by default the local authorities: régions, départements, communes
 * and intercommunalities); a unit (a service of a département) counts as
 * its top-most parent.  Each partnership files its home-side participants
 * under each of its countries other than the home country, each partner
 * (a participant of role partner from abroad), each theme (its own and its
 * components'), and each funder (participants of role funder, and funders
 * of its budget lines, other than the home-side participants themselves).
 *
 * An overlap holds at least two actors and two partnerships: actors who
 * only meet inside one joint partnership already work together.
 *
 * Overlaps are ranked by strength (how many of @kinds all their actors
 * share), then by how many of their partnerships are active, how many
 * actors and partnerships they hold, and last by kind and key.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Overlap], or %NULL on error
 *
 * Since: 1.0
 */
GListModel *
aict_dataset_find_overlaps (AictDataset      *self,
                            AictOverlapKind   kinds,
                            const char       *home_country,
                            AictFilter       *filter,
                            GError          **error)
{
  Overlaps overlaps = { NULL, };
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GListStore *store;
  ActorKeys keys;
  GPtrArray *actors;
  GPtrArray *partnerships;
  guint n_kinds = __builtin_popcount ((unsigned) kinds & AICT_OVERLAP_KIND_ALL);

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail ((kinds & ~AICT_OVERLAP_KIND_ALL) == 0, NULL);
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (home_country == NULL)
    home_country = "FR";
  if (!check_home (home_country, error) ||
      !overlaps_run (&overlaps, self, kinds, home_country, filter, error))
    {
      overlaps_clear (&overlaps);
      return NULL;
    }

  actors = overlaps.index->targets[AICT_TARGET_ACTORS].items;
  partnerships = overlaps.index->targets[AICT_TARGET_PARTNERSHIPS].items;

  for (guint g = 0; g < overlaps.all->len; g++)
    {
      Group *group = g_ptr_array_index (overlaps.all, g);

      /* Actors who meet only inside one partnership already work
       * together: no overlap to pool. */
      if (group->actors->len >= 2 && group->partnerships->len >= 2)
        {
          group->shared = 1 << group->kind;
          g_ptr_array_add (kept, group);
        }
    }

  /* Other dimensions all the actors of a group share: only worth
   * computing when more than one was asked for. */
  if (n_kinds > 1)
    {
      actor_keys_init (&keys, &overlaps);
      for (guint g = 0; g < kept->len; g++)
        {
          Group *group = g_ptr_array_index (kept, g);

          for (int k = 0; k < N_KINDS; k++)
            if ((kinds & (1 << k)) && k != group->kind && all_share (&keys, group, k))
              group->shared |= 1 << k;
        }
      actor_keys_clear (&keys);
    }

  g_ptr_array_sort (kept, compare_groups);

  store = g_list_store_new (AICT_TYPE_OVERLAP);
  for (guint g = 0; g < kept->len; g++)
    {
      Group *group = g_ptr_array_index (kept, g);
      g_autoptr(AictOverlap) overlap = _aict_overlap_new (1 << group->kind, group->key,
                                                          ids_of (actors, group->actors),
                                                          ids_of (partnerships, group->partnerships),
                                                          group->shared, group->n_active);

      g_list_store_append (store, overlap);
    }

  overlaps_clear (&overlaps);

  return G_LIST_MODEL (store);
}

typedef struct
{
  guint actor;
  GPtrArray *shared[N_KINDS];   /* const char * keys */
  GArray *partnerships;          /* positions */
  guint strength;
  guint n_shared;
  guint n_active;
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  for (int k = 0; k < N_KINDS; k++)
    g_ptr_array_unref (candidate->shared[k]);
  g_array_unref (candidate->partnerships);
  g_free (candidate);
}

static int
compare_candidates (gconstpointer pa,
                    gconstpointer pb)
{
  const Candidate *a = *(Candidate * const *) pa;
  const Candidate *b = *(Candidate * const *) pb;

  if (a->strength != b->strength)
    return a->strength > b->strength ? -1 : 1;
  if (a->n_shared != b->n_shared)
    return a->n_shared > b->n_shared ? -1 : 1;
  if (a->n_active != b->n_active)
    return a->n_active > b->n_active ? -1 : 1;

  return a->actor < b->actor ? -1 : a->actor > b->actor;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char **
sorted_strv (GPtrArray *keys)
{
  char **strv = g_new (char *, keys->len + 1);

  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (keys, i));
  strv[keys->len] = NULL;

  return strv;
}

/**
 * aict_dataset_find_pooling_candidates:
 * @self: an [class@Aict.Dataset]
 * @actor_id: the id of a home-side actor (or of one of its units)
 * @kinds: the dimensions to look along, such as %AICT_OVERLAP_KIND_ALL
 * @home_country: (nullable): the country of the home side, or %NULL for
 *   France (`FR`)
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the home-side actors with whom @actor_id could best pool its
 * work: those who share with it a country, a partner, a theme or a funder
 * (see [method@Aict.Dataset.find_overlaps] for what counts) through
 * partnerships it is not part of, ranked by how
 * many dimensions they share, then how many things, then how many of
 * their partnerships behind it are active.
 *
 * Fails with %AICT_ERROR_NOT_FOUND for an unknown actor and with
 * %AICT_ERROR_INVALID_ARGUMENT for an actor that is not on the home side
 * (another country, or not a local authority).
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.PoolingCandidate], or %NULL on error
 *
 * Since: 1.0
 */
GListModel *
aict_dataset_find_pooling_candidates (AictDataset      *self,
                                      const char       *actor_id,
                                      AictOverlapKind   kinds,
                                      const char       *home_country,
                                      GError          **error)
{
  Overlaps overlaps = { NULL, };
  g_autoptr(GHashTable) candidates = NULL;
  g_autoptr(GHashTable) own = NULL;
  g_autoptr(GPtrArray) order = NULL;
  AictActor *actor;
  GPtrArray *actors;
  GPtrArray *partnerships;
  GListStore *store;
  int self_position;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail ((kinds & ~AICT_OVERLAP_KIND_ALL) == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (home_country == NULL)
    home_country = "FR";
  if (!check_home (home_country, error))
    return NULL;

  actor = aict_dataset_lookup_actor (self, actor_id);
  if (actor == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (actor_id, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND, _("No actor with id “%s”"), shown);
      return NULL;
    }

  if (!overlaps_run (&overlaps, self, kinds, home_country, NULL, error))
    {
      overlaps_clear (&overlaps);
      return NULL;
    }

  self_position = home_actor (&overlaps, actor);
  if (self_position < 0)
    {
      g_autofree char *shown = g_utf8_make_valid (actor_id, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a local authority of %s: it has no pooling candidates"),
                   shown, home_country);
      overlaps_clear (&overlaps);
      return NULL;
    }

  actors = overlaps.index->targets[AICT_TARGET_ACTORS].items;
  partnerships = overlaps.index->targets[AICT_TARGET_PARTNERSHIPS].items;
  candidates = g_hash_table_new_full (NULL, NULL, NULL, candidate_free);
  order = g_ptr_array_new ();

  /* The partnerships of the actor itself: a candidate met there already
   * works with it, so what they share there does not count. */
  own = g_hash_table_new (NULL, NULL);
  for (guint g = 0; g < overlaps.all->len; g++)
    {
      Group *group = g_ptr_array_index (overlaps.all, g);

      for (guint i = 0; i < group->pairs->len; i++)
        {
          Pair *pair = &g_array_index (group->pairs, Pair, i);

          if (pair->actor == (guint) self_position)
            g_hash_table_add (own, GUINT_TO_POINTER (pair->partnership + 1));
        }
    }

  for (guint g = 0; g < overlaps.all->len; g++)
    {
      Group *group = g_ptr_array_index (overlaps.all, g);

      if (group->actors->len < 2 ||
          !bsearch (&self_position, group->actors->data, group->actors->len, sizeof (guint), compare_uint))
        continue;

      for (guint i = 0; i < group->pairs->len; i++)
        {
          Pair *pair = &g_array_index (group->pairs, Pair, i);
          Candidate *candidate;

          if (pair->actor == (guint) self_position ||
              g_hash_table_contains (own, GUINT_TO_POINTER (pair->partnership + 1)))
            continue;

          candidate = g_hash_table_lookup (candidates, GUINT_TO_POINTER (pair->actor + 1));
          if (candidate == NULL)
            {
              candidate = g_new0 (Candidate, 1);
              candidate->actor = pair->actor;
              for (int k = 0; k < N_KINDS; k++)
                candidate->shared[k] = g_ptr_array_new ();
              candidate->partnerships = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (candidates, GUINT_TO_POINTER (pair->actor + 1), candidate);
              g_ptr_array_add (order, candidate);
            }

          /* Pairs are sorted by actor: the key once per candidate. */
          if (candidate->shared[group->kind]->len == 0 ||
              g_ptr_array_index (candidate->shared[group->kind],
                                 candidate->shared[group->kind]->len - 1) != group->key)
            g_ptr_array_add (candidate->shared[group->kind], (gpointer) group->key);
          g_array_append_val (candidate->partnerships, pair->partnership);
        }
    }

  for (guint c = 0; c < order->len; c++)
    {
      Candidate *candidate = g_ptr_array_index (order, c);
      GArray *list = candidate->partnerships;
      guint kept = 0;

      qsort (list->data, list->len, sizeof (guint), compare_uint);
      for (guint i = 0; i < list->len; i++)
        {
          guint value = g_array_index (list, guint, i);

          if (kept > 0 && g_array_index (list, guint, kept - 1) == value)
            continue;
          g_array_index (list, guint, kept++) = value;
          if (aict_partnership_get_status (g_ptr_array_index (partnerships, value)) ==
              AICT_PARTNERSHIP_STATUS_ACTIVE)
            candidate->n_active++;
        }
      g_array_set_size (list, kept);

      for (int k = 0; k < N_KINDS; k++)
        {
          candidate->strength += candidate->shared[k]->len > 0;
          candidate->n_shared += candidate->shared[k]->len;
        }
    }

  g_ptr_array_sort (order, compare_candidates);

  store = g_list_store_new (AICT_TYPE_POOLING_CANDIDATE);
  for (guint c = 0; c < order->len; c++)
    {
      Candidate *candidate = g_ptr_array_index (order, c);
      char **shared[N_KINDS];
      g_autoptr(AictPoolingCandidate) result = NULL;

      for (int k = 0; k < N_KINDS; k++)
        shared[k] = sorted_strv (candidate->shared[k]);
      result = _aict_pooling_candidate_new (aict_entity_get_id (g_ptr_array_index (actors, candidate->actor)),
                                            shared, ids_of (partnerships, candidate->partnerships),
                                            candidate->n_active);
      g_list_store_append (store, result);
    }

  overlaps_clear (&overlaps);

  return G_LIST_MODEL (store);
}
