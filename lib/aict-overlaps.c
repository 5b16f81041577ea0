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

/* The home-side actor the actor at @position stands for: its top-most
 * ancestor, if that is in the home country and of a kind considered; else
 * -1.  Computed once per actor. */
static int
home_actor (Overlaps *overlaps,
            int       position)
{
  GPtrArray *actors = overlaps->index->targets[AICT_TARGET_ACTORS].items;
  AictActor *actor, *top;
  int top_position;

  if (position < 0)
    return -1;
  if (overlaps->home_of[position] != -2)
    return overlaps->home_of[position];

  actor = top = g_ptr_array_index (actors, position);
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

static Group *
group_get (Overlaps   *overlaps,
           int         kind,
           const char *key)
{
  Group *group = g_hash_table_lookup (overlaps->groups[kind], key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->kind = kind;
      group->key = key;
      group->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
      g_hash_table_insert (overlaps->groups[kind], (gpointer) key, group);
      g_ptr_array_add (overlaps->all, group);
    }

  return group;
}

static void
group_add (Group     *group,
           const int *actors,
           guint      n_actors,
           guint      partnership)
{
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

/* The home-side actors of the partnership at @position, without repeats
 * (a département and its service count once). */
static guint
homes_of (Overlaps *overlaps,
          guint     position,
          int      *home)
{
  AictQueryIndex *index = overlaps->index;
  guint n_home = 0;

  for (guint i = index->participant_offsets[position];
       i < index->participant_offsets[position + 1] && n_home < MAX_HOME; i++)
    {
      int actor = home_actor (overlaps, index->participant_actors[i]);

      if (actor >= 0 && !contains_int (home, n_home, actor))
        home[n_home++] = actor;
    }

  return n_home;
}

/* Files the home side of every selected partnership under each value of
 * one dimension of the index (countries, themes): the index already holds
 * the partnerships of each value, so nothing is looked up per
 * partnership.  @skip: a value not to file under (the home country). */
static void
file_postings (Overlaps      *overlaps,
               int            kind,
               GHashTable    *table,
               const guint8  *selected,
               const char    *skip)
{
  GHashTableIter iter;
  gpointer key, value;
  int home[MAX_HOME];

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *postings = value;
      Group *group = NULL;

      if (skip != NULL && strcmp (key, skip) == 0)
        continue;

      for (guint i = 0; i < postings->len; i++)
        {
          guint position = g_array_index (postings, guint, i);
          guint n_home;

          if (!selected[position] || (n_home = homes_of (overlaps, position, home)) == 0)
            continue;
          if (group == NULL)
            group = group_get (overlaps, kind, key);
          group_add (group, home, n_home, position);
        }
    }
}

/* The same for the participants in one role (partners, funders): each
 * actor in that role is a value.  Partners count when they are abroad;
 * a funder does not count for the home-side actor it is. */
static void
file_role (Overlaps            *overlaps,
           int                  kind,
           AictParticipantRole  role,
           const guint8        *selected)
{
  GHashTableIter iter;
  gpointer key, value;
  int home[MAX_HOME];

  g_hash_table_iter_init (&iter, overlaps->index->targets[AICT_TARGET_PARTNERSHIPS].actor_roles[role]);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *postings = value;
      AictActor *actor = aict_dataset_lookup_actor (overlaps->dataset, key);
      int actor_home;
      Group *group = NULL;

      if (actor == NULL)
        continue;
      if (role == AICT_PARTICIPANT_ROLE_PARTNER &&
          g_strcmp0 (aict_actor_get_country (actor), overlaps->home) == 0)
        continue;
      actor_home = home_actor (overlaps, _aict_query_index_position (overlaps->index, actor));

      for (guint i = 0; i < postings->len; i++)
        {
          guint position = g_array_index (postings, guint, i);
          guint n_home;

          if (!selected[position] || (n_home = homes_of (overlaps, position, home)) == 0)
            continue;
          if (role == AICT_PARTICIPANT_ROLE_FUNDER && contains_int (home, n_home, actor_home))
            continue;
          if (group == NULL)
            group = group_get (overlaps, kind, aict_entity_get_id (AICT_ENTITY (actor)));
          group_add (group, home, n_home, position);
        }
    }
}

/* Funders of budget lines of the partnerships selected: the co-funders of
 * their home-side participants. */
static void
walk_budget (Overlaps     *overlaps,
             AictBudget   *budget,
             const guint8 *selected)
{
  GPtrArray *funders = _aict_budget_peek_funders (budget);
  const char *partnership_id = aict_budget_get_partnership_id (budget);
  AictPartnership *partnership;
  int position;
  int home[MAX_HOME];
  guint n_home;

  if (funders == NULL || funders->len == 0 || partnership_id == NULL)
    return;

  partnership = aict_dataset_lookup_partnership (overlaps->dataset, partnership_id);
  if (partnership == NULL ||
      (position = _aict_query_index_position (overlaps->index, partnership)) < 0 ||
      !selected[position] ||
      (n_home = homes_of (overlaps, position, home)) == 0)
    return;

  for (guint i = 0; i < funders->len; i++)
    {
      const char *funder_id = aict_funder_get_actor_id (g_ptr_array_index (funders, i));
      AictActor *funder = aict_dataset_lookup_actor (overlaps->dataset, funder_id);

      /* An actor funding its own partnership is not a co-funder. */
      if (funder != NULL &&
          !contains_int (home, n_home, home_actor (overlaps, _aict_query_index_position (overlaps->index, funder))))
        group_add (group_get (overlaps, 3, aict_entity_get_id (AICT_ENTITY (funder))), home, n_home, position);
    }
}

/* Derives the actors and the partnerships of @group from its pairs, in
 * one pass: @stamps (one per actor) remembers the last group that saw an
 * actor, so no set is needed. */
static void
group_finish (Overlaps     *overlaps,
              Group        *group,
              guint         id,
              guint        *stamps,
              const guint8 *active)
{
  GArray *pairs = group->pairs;
  gboolean sorted = TRUE;

  group->actors = g_array_new (FALSE, FALSE, sizeof (guint));
  group->partnerships = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);
      guint last = group->partnerships->len > 0
                   ? g_array_index (group->partnerships, guint, group->partnerships->len - 1) : G_MAXUINT;

      if (stamps[pair->actor] != id)
        {
          stamps[pair->actor] = id;
          g_array_append_val (group->actors, pair->actor);
        }
      if (pair->partnership != last)
        {
          sorted &= last == G_MAXUINT || pair->partnership > last;
          g_array_append_val (group->partnerships, pair->partnership);
        }
    }

  qsort (group->actors->data, group->actors->len, sizeof (guint), _aict_compare_positions);
  /* Values are walked in order, except funders of budget lines. */
  if (!sorted)
    _aict_positions_sort_unique (group->partnerships);

  for (guint i = 0; i < group->partnerships->len; i++)
    group->n_active += active[g_array_index (group->partnerships, guint, i)];
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

/* The objects at @positions (borrowed). */
static GPtrArray *
objects_of (GPtrArray *items,
            GArray    *positions)
{
  GPtrArray *objects = g_ptr_array_sized_new (positions->len);

  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (objects, g_ptr_array_index (items, g_array_index (positions, guint, i)));

  return objects;
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
  g_autofree guint8 *selected = NULL;
  g_autofree guint8 *active = NULL;
  g_autofree guint *stamps = NULL;
  AictQueryIndex *index;
  GPtrArray *partnerships;
  GPtrArray *budgets;
  guint n_actors;

  /* The actor kinds say who counts as home side; the rest of the filter
   * selects partnerships (and what does not apply to them is an error). */
  partnership_filter = _aict_filter_copy (filter);
  partnership_filter->actor_kinds = 0;

  positions = _aict_query_run (dataset, AICT_TARGET_PARTNERSHIPS, partnership_filter, error);
  if (positions == NULL)
    return FALSE;

  index = _aict_dataset_get_query_index (dataset);
  _aict_query_index_ensure (index, AICT_TARGET_PARTNERSHIPS);   /* its tables are walked below */
  _aict_query_index_ensure_participants (index);
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

  /* Which partnerships count; which are active (from the index). */
  selected = g_malloc0 (MAX (partnerships->len, 1));
  for (guint i = 0; i < positions->len; i++)
    selected[g_array_index (positions, guint, i)] = 1;
  active = g_malloc0 (MAX (partnerships->len, 1));
  {
    GArray *postings = _aict_query_index_lookup_int (index, AICT_TARGET_PARTNERSHIPS, AICT_DIM_STATUS,
                                                     AICT_PARTNERSHIP_STATUS_ACTIVE);

    for (guint i = 0; postings != NULL && i < postings->len; i++)
      active[g_array_index (postings, guint, i)] = 1;
  }

  if (kinds & AICT_OVERLAP_KIND_COUNTRY)
    file_postings (overlaps, 0, index->targets[AICT_TARGET_PARTNERSHIPS].strings[AICT_DIM_COUNTRY],
                   selected, home_country);
  if (kinds & AICT_OVERLAP_KIND_PARTNER)
    file_role (overlaps, 1, AICT_PARTICIPANT_ROLE_PARTNER, selected);
  if (kinds & AICT_OVERLAP_KIND_THEME)
    file_postings (overlaps, 2, index->targets[AICT_TARGET_PARTNERSHIPS].strings[AICT_DIM_THEME],
                   selected, NULL);
  if (kinds & AICT_OVERLAP_KIND_FUNDER)
    {
      file_role (overlaps, 3, AICT_PARTICIPANT_ROLE_FUNDER, selected);
      for (guint i = 0; i < budgets->len; i++)
        walk_budget (overlaps, g_ptr_array_index (budgets, i), selected);
    }

  stamps = g_new0 (guint, MAX (n_actors, 1));
  for (guint g = 0; g < overlaps->all->len; g++)
    group_finish (overlaps, g_ptr_array_index (overlaps->all, g), g + 1, stamps, active);

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
 * Since: 0.1
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
      g_autoptr(GPtrArray) objects = objects_of (partnerships, group->partnerships);
      g_autoptr(AictOverlap) overlap = _aict_overlap_new (1 << group->kind, group->key,
                                                          ids_of (actors, group->actors),
                                                          objects, group->shared, group->n_active);

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
 * Since: 0.1
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

  self_position = home_actor (&overlaps, _aict_query_index_position (overlaps.index, actor));
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
          !bsearch (&self_position, group->actors->data, group->actors->len, sizeof (guint), _aict_compare_positions))
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
      _aict_positions_sort_unique (list);
      for (guint i = 0; i < list->len; i++)
        if (aict_partnership_get_status (g_ptr_array_index (partnerships, g_array_index (list, guint, i))) ==
            AICT_PARTNERSHIP_STATUS_ACTIVE)
          candidate->n_active++;

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
