/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <aict/aict.h>

/* aict_dataset_list_referrers(): every member that names an id, in
 * dataset order, and the index dropped when the dataset changes. */

static const char data[] =
  "{\"format\": \"aict/1\","
  " \"sources\": [{\"id\": \"s\", \"title\": \"Report\"}],"
  " \"actors\": ["
  "  {\"id\": \"cd24\", \"name\": \"CD 24\", \"kind\": \"departement\", \"country\": \"FR\","
  "   \"sources\": [{\"source\": \"s\"}]},"
  "  {\"id\": \"dri\", \"name\": \"DRI\", \"kind\": \"service\", \"country\": \"FR\", \"parent\": \"cd24\"},"
  "  {\"id\": \"larache\", \"name\": \"Larache\", \"kind\": \"foreign-authority\", \"country\": \"MA\"}],"
  " \"persons\": [{\"id\": \"p\", \"name\": \"P\", \"affiliations\": [{\"actor\": \"dri\"}, {\"actor\": \"cd24\"}]}],"
  " \"partnerships\": [{\"id\": \"pa\", \"title\": \"Larache\", \"status\": \"active\","
  "   \"participants\": [{\"actor\": \"cd24\", \"role\": \"lead\"}, {\"actor\": \"larache\", \"role\": \"partner\"}]}],"
  " \"budgets\": [{\"id\": \"b1\", \"kind\": \"allocated\", \"partnership\": \"pa\", \"actor\": \"cd24\","
  "   \"amount\": {\"value\": 100, \"currency\": \"EUR\"}, \"funders\": [{\"actor\": \"cd24\"}]},"
  "   {\"id\": \"b2\", \"kind\": \"allocated\", \"partnership\": \"pa\", \"staff_fte\": 1}],"
  " \"meetings\": [{\"id\": \"m\", \"title\": \"M\", \"date\": \"2016-09-20\", \"organisers\": [\"cd24\"],"
  "   \"attendance\": [{\"person\": \"p\", \"status\": \"present\", \"role\": \"participant\", \"representing\": \"cd24\"},"
  "                   {\"person\": \"p\", \"status\": \"present\", \"role\": \"participant\"}],"
  "   \"agenda\": [{\"id\": \"g\", \"title\": \"G\"}, {\"id\": \"h\", \"title\": \"H\", \"parent\": \"g\"}],"
  "   \"contributions\": [{\"id\": \"c\", \"person\": \"p\", \"agenda_item\": \"g\", \"summary\": \"S\"}],"
  "   \"outcomes\": [{\"id\": \"o\", \"kind\": \"decision\", \"text\": \"T\", \"agenda_item\": \"g\","
  "                  \"partnerships\": [\"pa\", \"pa\"], \"actors\": [\"nobody\"]}]}]}";

static AictDataset *
load (void)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  return dataset;
}

/* "entity-id member index; …" */
static char *
describe (AictDataset *dataset,
          const char  *id)
{
  g_autoptr(GListModel) referrers = aict_dataset_list_referrers (dataset, id);
  GString *text = g_string_new (NULL);

  g_assert_true (g_list_model_get_item_type (referrers) == AICT_TYPE_REFERRER);
  for (guint i = 0; i < g_list_model_get_n_items (referrers); i++)
    {
      g_autoptr(AictReferrer) referrer = g_list_model_get_item (referrers, i);
      g_autofree char *member = NULL;
      int index = -2;

      g_object_get (referrer, "member", &member, "index", &index, NULL);
      g_assert_cmpstr (member, ==, aict_referrer_get_member (referrer));
      g_assert_cmpint (index, ==, aict_referrer_get_index (referrer));
      g_string_append_printf (text, "%s%s %s %d", i > 0 ? "; " : "",
                              aict_entity_get_id (aict_referrer_get_entity (referrer)), member, index);
    }

  return g_string_free (text, FALSE);
}

#define assert_referrers(dataset, id, expected) \
  G_STMT_START { \
    g_autofree char *described_ = describe ((dataset), (id)); \
    g_assert_cmpstr (described_, ==, (expected)); \
  } G_STMT_END

static void
test_referrers_members (void)
{
  g_autoptr(AictDataset) dataset = load ();

  assert_referrers (dataset, "pa", "b1 budget.partnership -1; b2 budget.partnership -1; "
                                   "o outcome.partnerships 0; o outcome.partnerships 1");
  assert_referrers (dataset, "cd24", "dri actor.parent -1; p person.affiliations 1; "
                                     "pa partnership.participants 0; b1 budget.actor -1; "
                                     "b1 budget.funders 0; m meeting.organisers 0; "
                                     "m meeting.attendance.representing 0");
  assert_referrers (dataset, "p", "m meeting.attendance 0; m meeting.attendance 1; c contribution.person -1");
  assert_referrers (dataset, "g", "m meeting.agenda 0; h agenda_item.parent -1; "
                                  "c contribution.agenda_item -1; o outcome.agenda_item -1");
  assert_referrers (dataset, "s", "cd24 actor.sources 0");
  assert_referrers (dataset, "o", "m meeting.outcomes 0");
  assert_referrers (dataset, "c", "m meeting.contributions 0");
  /* A dangling id has its referrers too; an id nobody names has none. */
  assert_referrers (dataset, "nobody", "o outcome.actors 0");
  assert_referrers (dataset, "b1", "");
  assert_referrers (dataset, "no-such-id", "");
}

static void
test_referrers_follow_changes (void)
{
  g_autoptr(AictDataset) dataset = load ();
  g_autoptr(AictBudget) budget = aict_budget_new ("b3", AICT_BUDGET_KIND_ALLOCATED);
  g_autoptr(GError) error = NULL;

  assert_referrers (dataset, "pa", "b1 budget.partnership -1; b2 budget.partnership -1; "
                                   "o outcome.partnerships 0; o outcome.partnerships 1");

  aict_budget_set_partnership_id (budget, "pa");
  aict_budget_set_staff_fte (budget, 50);
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (budget), &error));
  g_assert_no_error (error);
  assert_referrers (dataset, "pa", "b1 budget.partnership -1; b2 budget.partnership -1; "
                                   "b3 budget.partnership -1; "
                                   "o outcome.partnerships 0; o outcome.partnerships 1");

  g_assert_true (aict_dataset_remove (dataset, "b1"));
  assert_referrers (dataset, "pa", "b2 budget.partnership -1; b3 budget.partnership -1; "
                                   "o outcome.partnerships 0; o outcome.partnerships 1");

  /* An object changed in place moves the dataset's generation too. */
  aict_budget_set_partnership_id (budget, NULL);
  aict_budget_set_actor_id (budget, "cd24");
  assert_referrers (dataset, "pa", "b2 budget.partnership -1; "
                                   "o outcome.partnerships 0; o outcome.partnerships 1");
}

/* A referrer keeps its object alive. */
static void
test_referrer_owns_entity (void)
{
  g_autoptr(AictDataset) dataset = load ();
  g_autoptr(GListModel) referrers = aict_dataset_list_referrers (dataset, "pa");
  g_autoptr(AictReferrer) first = g_list_model_get_item (referrers, 0);

  g_clear_object (&referrers);
  g_clear_object (&dataset);
  g_assert_cmpstr (aict_entity_get_id (aict_referrer_get_entity (first)), ==, "b1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/referrers/members", test_referrers_members);
  g_test_add_func ("/referrers/follow-changes", test_referrers_follow_changes);
  g_test_add_func ("/referrers/owns-entity", test_referrer_owns_entity);

  return g_test_run ();
}
