/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-referrer.h"
#include "aict-query-private.h"

/**
 * AictReferrer:
 *
 * One place of a dataset that names an id: the object that holds it (a
 * budget line, a meeting…) and the member it is in, as `TYPE.MEMBER`
 * (`budget.partnership`, `meeting.attendance`), with the position in that
 * member's list when it is one.
 *
 * [method@Aict.Dataset.list_referrers] gives every referrer of an id.
 * The members are:
 *
 * - `source.sources`, `actor.sources`, … `outcome.sources`: a source
 *   reference (the id of a source), at its index;
 * - `actor.parent`;
 * - `person.affiliations` (the actor of an affiliation);
 * - `partnership.participants` (the actor of a participant);
 * - `budget.actor`, `budget.partnership`, `budget.funders` (the actor of a
 *   funder);
 * - `meeting.organisers`, `meeting.attendance` (the person of a line),
 *   `meeting.attendance.representing` (the actor a line represents);
 * - `meeting.agenda`, `meeting.contributions`, `meeting.outcomes`: the
 *   meeting that holds an agenda item, a contribution or an outcome, at its
 *   position there;
 * - `agenda_item.parent`;
 * - `contribution.person`, `contribution.actor`, `contribution.agenda_item`;
 * - `outcome.owner`, `outcome.agenda_item`, `outcome.actors`,
 *   `outcome.partnerships`.
 *
 * Since: 0.2
 */
struct _AictReferrer
{
  GObject parent_instance;

  AictEntity *entity;
  const char *member;   /* static */
  int index;
};

G_DEFINE_FINAL_TYPE (AictReferrer, aict_referrer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTITY,
  PROP_MEMBER,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_referrer_dispose (GObject *object)
{
  AictReferrer *self = AICT_REFERRER (object);

  g_clear_object (&self->entity);

  G_OBJECT_CLASS (aict_referrer_parent_class)->dispose (object);
}

static void
aict_referrer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AictReferrer *self = AICT_REFERRER (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    case PROP_MEMBER:
      g_value_set_static_string (value, self->member);
      break;
    case PROP_INDEX:
      g_value_set_int (value, self->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_referrer_class_init (AictReferrerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = aict_referrer_dispose;
  object_class->get_property = aict_referrer_get_property;

  /**
   * AictReferrer:entity: (getter get_entity)
   *
   * The object that names the id.
   *
   * Since: 0.2
   */
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, AICT_TYPE_ENTITY, flags);

  /**
   * AictReferrer:member: (getter get_member)
   *
   * The member the id is in, as `TYPE.MEMBER`: `budget.partnership`,
   * `meeting.attendance`…
   *
   * Since: 0.2
   */
  properties[PROP_MEMBER] =
    g_param_spec_string ("member", NULL, NULL, NULL, flags);

  /**
   * AictReferrer:index: (getter get_index)
   *
   * The position of the id in the member's list, or -1 for a member that
   * is not a list.
   *
   * Since: 0.2
   */
  properties[PROP_INDEX] =
    g_param_spec_int ("index", NULL, NULL, -1, G_MAXINT, -1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_referrer_init (AictReferrer *self)
{
  self->index = -1;
}

/**
 * aict_referrer_get_entity: (get-property entity)
 * @self: an [class@Aict.Referrer]
 *
 * Gets the object that names the id.
 *
 * Returns: (transfer none): the object
 *
 * Since: 0.2
 */
AictEntity *
aict_referrer_get_entity (AictReferrer *self)
{
  g_return_val_if_fail (AICT_IS_REFERRER (self), NULL);
  return self->entity;
}

/**
 * aict_referrer_get_member: (get-property member)
 * @self: an [class@Aict.Referrer]
 *
 * Gets the member the id is in, such as `budget.partnership`.
 *
 * Returns: (transfer none): the member
 *
 * Since: 0.2
 */
const char *
aict_referrer_get_member (AictReferrer *self)
{
  g_return_val_if_fail (AICT_IS_REFERRER (self), NULL);
  return self->member;
}

/**
 * aict_referrer_get_index: (get-property index)
 * @self: an [class@Aict.Referrer]
 *
 * Gets the position of the id in the member's list (the third attendance
 * line: 2).
 *
 * Returns: the position, or -1 for a member that is not a list
 *
 * Since: 0.2
 */
int
aict_referrer_get_index (AictReferrer *self)
{
  g_return_val_if_fail (AICT_IS_REFERRER (self), -1);
  return self->index;
}

/**
 * aict_dataset_list_referrers:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Lists every place of @self that names @id — the budget lines of a
 * partnership, the meetings a person attends, the meeting that holds an
 * agenda item… — in the order of the dataset.  Whether @id names an
 * object does not matter: the referrers of a dangling id are listed too.
 *
 * The answer comes from the query index: after the first call (or query)
 * on an unchanged dataset, its cost follows the number of referrers, not
 * the size of the dataset.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of
 *   [class@Aict.Referrer], empty when nothing names @id
 *
 * Since: 0.2
 */
GListModel *
aict_dataset_list_referrers (AictDataset *self,
                             const char  *id)
{
  GListStore *store;
  GArray *entries;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  store = g_list_store_new (AICT_TYPE_REFERRER);
  entries = _aict_query_index_lookup_referrers (_aict_dataset_get_query_index (self), id);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const AictReferrerEntry *entry = &g_array_index (entries, AictReferrerEntry, i);
      AictReferrer *referrer = g_object_new (AICT_TYPE_REFERRER, NULL);

      referrer->entity = g_object_ref (entry->entity);
      referrer->member = entry->member;
      referrer->index = entry->index;
      g_list_store_append (store, referrer);
      g_object_unref (referrer);
    }

  return G_LIST_MODEL (store);
}
