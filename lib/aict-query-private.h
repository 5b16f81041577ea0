/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-analysis.h"
#include "aict-filter-private.h"

G_BEGIN_DECLS

/* The query index of a dataset (aict-query-index.c).
 *
 * Each kind of object a query can return (a "target") has its objects in
 * dataset order, numbered by position, and per dimension (country,
 * status…) a table from values to postings: sorted arrays of the
 * positions of the objects that have the value.  A filter unions the postings of the values of each
 * criterion and intersects the unions, so its cost follows the postings it
 * reads, not the size of the dataset.  Words for text criteria are indexed
 * on first use only (they are the largest part).
 *
 * The dataset builds the index on the first query and drops it when
 * anything in it changes (its generation counter moves): see
 * _aict_dataset_get_query_index(). */

typedef enum
{
  AICT_TARGET_PARTNERSHIPS,
  AICT_TARGET_ACTORS,
  AICT_TARGET_PERSONS,
  AICT_TARGET_MEETINGS,
  AICT_TARGET_OUTCOMES,
  AICT_TARGET_BUDGETS,
  AICT_TARGET_N
} AictTarget;

/* Key dimensions.  String values are borrowed from the model (the index
 * is dropped before any of them can change); enumerated values index
 * arrays. */
typedef enum
{
  AICT_DIM_COUNTRY,
  AICT_DIM_THEME,
  AICT_DIM_ACTOR,        /* any role */
  AICT_DIM_OWNER,
  AICT_DIM_MEETING,
  AICT_DIM_PARTNERSHIP,
  AICT_N_STRING_DIMS
} AictStringDim;

typedef enum
{
  AICT_DIM_STATUS,
  AICT_DIM_ROLE,         /* a participant has this role */
  AICT_DIM_KIND,
  AICT_N_INT_DIMS
} AictIntDim;

#define AICT_MAX_ENUM 32   /* every libaict enumeration has fewer values */
#define AICT_N_ROLES (AICT_PARTICIPANT_ROLE_SUPPORTER + 1)

/* Day keys: yyyymmdd of the first or last day a partial date covers.  The
 * last day of a month is taken as its 31st, which orders correctly
 * against every real day. */
#define AICT_DAY_MIN 0
#define AICT_DAY_MAX G_MAXUINT32

typedef struct
{
  guint32 first;   /* AICT_DAY_MIN when unknown */
  guint32 last;    /* AICT_DAY_MAX when unknown */
  gboolean dated;  /* FALSE when neither bound is known */
} AictSpan;

typedef struct
{
  GPtrArray *items;      /* the objects, borrowed (outcomes: owned array) */
  GHashTable *strings[AICT_N_STRING_DIMS];   /* value → GArray of guint */
  GArray *ints[AICT_N_INT_DIMS][AICT_MAX_ENUM];
  GHashTable *actor_roles[AICT_N_ROLES];     /* actor id → GArray (partnerships) */
  GHashTable *words;     /* folded word → GArray of guint; NULL until needed */
  char **sorted_words;   /* the keys of @words, sorted, for prefix search */
  guint n_words;
  AictSpan *spans;       /* per object, or NULL for targets without dates */
  gboolean built;        /* the tables above are filled */
} AictTargetIndex;

typedef struct
{
  guint64 generation;
  AictDataset *dataset;                  /* not owned */
  AictTargetIndex targets[AICT_TARGET_N];
  GHashTable *children;                  /* parent id → GPtrArray of AictActor */
  /* Per partnership p, the positions in the actors of its participants
   * (-1 for an id naming no actor): participant_actors[offsets[p] …
   * offsets[p + 1] - 1], in the order of its participants.  Built on first
   * use (_aict_query_index_ensure_participants): overlaps walk every
   * partnership, and string lookups there would cost more than the walk. */
  guint *participant_offsets;
  int *participant_actors;
  /* id → GArray of AictReferrerEntry: every member of the dataset that
   * names the id, in dataset order.  Built on first use
   * (_aict_query_index_lookup_referrers). */
  GHashTable *referrers;
} AictQueryIndex;

/* One member that names an id: @entity (borrowed) names it through
 * @member ("budget.partnership", a static string), at @index of that
 * member's list, or -1 for a member that is not a list. */
typedef struct
{
  gpointer entity;
  const char *member;
  int index;
} AictReferrerEntry;

AictQueryIndex *_aict_query_index_new       (AictDataset     *dataset,
                                             guint64          generation);
void            _aict_query_index_free      (AictQueryIndex  *index);
/* Builds the tables of @target if not yet done (the lookups below and
 * _aict_query_run() call it; code reading the tables directly must). */
void            _aict_query_index_ensure    (AictQueryIndex  *index,
                                             AictTarget       target);
/* Builds the word index of @target if not yet done. */
void            _aict_query_index_ensure_words (AictQueryIndex *index,
                                                AictTarget      target);
void            _aict_query_index_ensure_participants (AictQueryIndex *index);
/* The postings of a value, or NULL. */
GArray         *_aict_query_index_lookup    (AictQueryIndex  *index,
                                             AictTarget       target,
                                             AictStringDim    dimension,
                                             const char      *value);
GArray         *_aict_query_index_lookup_int (AictQueryIndex *index,
                                              AictTarget      target,
                                              AictIntDim      dimension,
                                              int             value);
/* The partnerships where @actor_id takes part in @role. */
GArray         *_aict_query_index_lookup_actor_role (AictQueryIndex *index,
                                                     const char     *actor_id,
                                                     int             role);
/* The budget lines (sorted positions) of the partnerships at the sorted
 * positions @partnerships. */
GArray         *_aict_query_index_budgets_of (AictQueryIndex *index,
                                              GArray         *partnerships);
/* The position of @entity in its target, or -1. */
int             _aict_query_index_position  (AictQueryIndex  *index,
                                             gpointer         entity);
/* The actor @id and its units (descendants), in that order, de-duplicated;
 * cycles are cut.  Borrowed actors. */
GPtrArray      *_aict_query_index_actor_family (AictQueryIndex *index,
                                                AictActor      *actor);

/* What names @id (GArray of AictReferrerEntry), or NULL for nothing. */
GArray         *_aict_query_index_lookup_referrers (AictQueryIndex *index,
                                                    const char     *id);

/* Sorted sets of positions: the order, and sorting with duplicates
 * dropped. */
int             _aict_compare_positions     (const void      *a,
                                             const void      *b);
void            _aict_positions_sort_unique (GArray          *positions);

AictSpan        _aict_span_of               (const AictPartialDate *start,
                                             const AictPartialDate *end);
guint32         _aict_day_first             (const AictPartialDate *date);
guint32         _aict_day_last              (const AictPartialDate *date);

/* From the dataset (aict-dataset.c): the index for the current generation,
 * built if needed.  Borrowed: valid until the dataset changes. */
AictQueryIndex *_aict_dataset_get_query_index (AictDataset *self);

/* Query evaluation (aict-query.c): the sorted positions in @target of the
 * objects that match @filter (NULL: all), or NULL with @error set. */
GArray         *_aict_query_run             (AictDataset     *dataset,
                                             AictTarget       target,
                                             AictFilter      *filter,
                                             GError         **error);
/* The objects at @positions, as a new GListStore of @type. */
GListModel     *_aict_query_store           (AictQueryIndex  *index,
                                             AictTarget       target,
                                             GArray          *positions);

/* Result objects (aict-analysis.c builds them). */
AictTotal      *_aict_total_new             (AictBudgetGrouping grouping,
                                             char          **keys,
                                             AictBudgetKind  kind,
                                             AictAmount     *amount,
                                             GPtrArray      *budgets);
void            _aict_total_set_change      (AictTotal      *self,
                                             const char     *previous_year,
                                             AictAmount     *change,
                                             gboolean        has_percent,
                                             gint64          basis_points);
/* Takes @comparable_previous (nullable); copies @added and @dropped. */
void            _aict_total_set_composition (AictTotal      *self,
                                             AictAmount     *comparable_previous,
                                             char          **added,
                                             char          **dropped);
AictCount      *_aict_count_new             (AictCountBy     by,
                                             const char     *key,
                                             guint           n_partnerships,
                                             guint           n_actors);
AictOverlap    *_aict_overlap_new           (AictOverlapKind kind,
                                             const char     *key,
                                             char          **actor_ids,
                                             GPtrArray      *partnerships,
                                             AictOverlapKind shared_kinds,
                                             guint           n_active);
AictPoolingCandidate *_aict_pooling_candidate_new (const char  *actor_id,
                                                   char       **shared[4],
                                                   char       **partnership_ids,
                                                   guint        n_active);

/* Budget lines as the budget analyses see them (aict-budget-totals.c),
 * shared with AictTable so that a table grouped by hand gives the totals. */
const char     *_aict_budget_resolve_actor  (AictDataset      *dataset,
                                             AictBudget       *budget,
                                             gboolean          want_partnership,
                                             AictPartnership **partnership);
GHashTable     *_aict_budget_year_keys_new  (void);
const char     *_aict_budget_year_key       (GHashTable       *years,
                                             AictBudget       *budget);

G_END_DECLS
