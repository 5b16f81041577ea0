/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include <aict/aict.h>

/* Generic property checks.  The accessors are called through these
 * pointer types: every pointer argument matches any other pointer type. */
typedef const char         *(*StringGetter) (gpointer      self);
typedef void                (*StringSetter) (gpointer      self,
                                             const char   *value);
typedef gconstpointer       (*BoxedGetter)  (gpointer      self);
typedef void                (*BoxedSetter)  (gpointer      self,
                                             gconstpointer value);
typedef gboolean            (*BoxedEqual)   (gconstpointer a,
                                             gconstpointer b);
typedef const char * const *(*StrvGetter)   (gpointer      self);
typedef void                (*StrvSetter)   (gpointer      self,
                                             const char * const *value);
typedef int                 (*EnumGetter)   (gpointer      self);
typedef void                (*EnumSetter)   (gpointer      self,
                                             int           value);

#define CHECK_STRING(obj, prop, get, set) \
  check_string_property ((obj), (prop), (StringGetter) (get), (StringSetter) (set))
#define CHECK_BOXED(obj, prop, get, set, a, a_again, b, equal) \
  check_boxed_property ((obj), (prop), (BoxedGetter) (get), (BoxedSetter) (set), \
                        (a), (a_again), (b), (BoxedEqual) (equal))
#define CHECK_DATE(obj, prop, get, set) \
  check_date_property ((obj), (prop), (BoxedGetter) (get), (BoxedSetter) (set))
#define CHECK_STRV(obj, prop, get, set) \
  check_strv_property ((obj), (prop), (StrvGetter) (get), (StrvSetter) (set))
#define CHECK_ENUM(obj, prop, get, set, a, b) \
  check_enum_property ((obj), (prop), (EnumGetter) (get), (EnumSetter) (set), (a), (b))

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static gulong
watch_notify (gpointer    object,
              const char *property,
              guint      *count)
{
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  *count = 0;
  return g_signal_connect (object, detailed, G_CALLBACK (count_notify_cb), count);
}

static void
check_string_property (gpointer      object,
                       const char   *property,
                       StringGetter  getter,
                       StringSetter  setter)
{
  char buffer[] = "first value";
  g_autofree char *got = NULL;
  guint count;
  gulong handler;

  setter (object, NULL);
  handler = watch_notify (object, property, &count);

  setter (object, buffer);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (getter (object), ==, "first value");
  g_assert_true (getter (object) != buffer);   /* a copy */
  buffer[0] = 'F';
  g_assert_cmpstr (getter (object), ==, "first value");

  setter (object, "first value");              /* same value: no notify */
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, "second value", NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (getter (object), ==, "second value");
  g_object_set (object, property, "second value", NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_get (object, property, &got, NULL);
  g_assert_cmpstr (got, ==, "second value");

  setter (object, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_assert_null (getter (object));
  setter (object, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_signal_handler_disconnect (object, handler);
}

/* Boxed copies may be references (AictAmount is immutable and refcounted),
 * so only values are compared here, never pointers. */
static void
check_boxed_property (gpointer      object,
                      const char   *property,
                      BoxedGetter   getter,
                      BoxedSetter   setter,
                      gconstpointer a,
                      gconstpointer a_again,
                      gconstpointer b,
                      BoxedEqual    equal)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  gpointer got = NULL;
  guint count;
  gulong handler;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_BOXED (pspec));

  setter (object, NULL);
  handler = watch_notify (object, property, &count);

  setter (object, a);
  g_assert_cmpuint (count, ==, 1);
  g_assert_nonnull (getter (object));
  g_assert_true (equal (getter (object), a));

  setter (object, a_again);                    /* equal value: no notify */
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, b, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (equal (getter (object), b));
  g_object_set (object, property, b, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_get (object, property, &got, NULL);
  g_assert_nonnull (got);
  g_assert_true (equal (got, b));
  g_boxed_free (G_PARAM_SPEC_VALUE_TYPE (pspec), got);

  setter (object, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_assert_null (getter (object));
  setter (object, NULL);
  g_assert_cmpuint (count, ==, 3);

  got = &count;
  g_object_get (object, property, &got, NULL);
  g_assert_null (got);

  g_signal_handler_disconnect (object, handler);
}

static void
check_date_property (gpointer     object,
                     const char  *property,
                     BoxedGetter  getter,
                     BoxedSetter  setter)
{
  g_autoptr(AictPartialDate) year = aict_partial_date_new (2016, 0, 0);
  g_autoptr(AictPartialDate) year_again = aict_partial_date_new (2016, 0, 0);
  g_autoptr(AictPartialDate) day = aict_partial_date_new (2016, 11, 24);
  g_autoptr(AictPartialDate) month = aict_partial_date_new (2016, 1, 0);
  guint count;
  gulong handler;

  check_boxed_property (object, property, getter, setter, year, year_again, day,
                        (BoxedEqual) aict_partial_date_equal);

  /* 2016 and 2016-01 are different values. */
  setter (object, year);
  handler = watch_notify (object, property, &count);
  setter (object, month);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (aict_partial_date_get_precision (getter (object)), ==, AICT_DATE_PRECISION_MONTH);
  setter (object, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_signal_handler_disconnect (object, handler);
}

static void
check_strv_property (gpointer     object,
                     const char  *property,
                     StrvGetter   getter,
                     StrvSetter   setter)
{
  const char * const two[] = { "FR", "SN", NULL };
  const char * const two_again[] = { "FR", "SN", NULL };
  const char * const one[] = { "ML", NULL };
  const char * const empty[] = { NULL };
  g_auto(GStrv) heap = g_strdupv ((char **) two);
  g_auto(GStrv) got = NULL;
  guint count;
  gulong handler;

  setter (object, NULL);
  g_assert_nonnull (getter (object));          /* never NULL */
  g_assert_null (getter (object)[0]);
  handler = watch_notify (object, property, &count);

  setter (object, (const char * const *) heap);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (getter (object) != (const char * const *) heap);
  g_clear_pointer (&heap, g_strfreev);         /* the object kept a copy */
  g_assert_true (g_strv_equal (getter (object), two));

  setter (object, two_again);                  /* equal value: no notify */
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, one, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (g_strv_equal (getter (object), one));
  g_object_set (object, property, one, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_get (object, property, &got, NULL);
  g_assert_nonnull (got);
  g_assert_true ((gpointer) got != (gpointer) getter (object));
  g_assert_true (g_strv_equal ((const char * const *) got, one));
  g_clear_pointer (&got, g_strfreev);

  setter (object, empty);
  g_assert_cmpuint (count, ==, 3);
  g_assert_nonnull (getter (object));
  g_assert_null (getter (object)[0]);
  setter (object, NULL);                       /* NULL is the same as empty */
  g_assert_cmpuint (count, ==, 3);
  g_object_set (object, property, empty, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_object_get (object, property, &got, NULL);
  g_assert_nonnull (got);
  g_assert_null (got[0]);

  g_signal_handler_disconnect (object, handler);
}

static void
check_enum_property (gpointer     object,
                     const char  *property,
                     EnumGetter   getter,
                     EnumSetter   setter,
                     int          a,
                     int          b)
{
  guint count;
  gulong handler;
  int got = -1;

  g_assert_cmpint (a, !=, b);

  setter (object, a);
  handler = watch_notify (object, property, &count);
  g_assert_cmpint (getter (object), ==, a);

  setter (object, a);
  g_assert_cmpuint (count, ==, 0);

  setter (object, b);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (getter (object), ==, b);

  g_object_set (object, property, a, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpint (getter (object), ==, a);
  g_object_set (object, property, a, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_get (object, property, &got, NULL);
  g_assert_cmpint (got, ==, a);

  g_signal_handler_disconnect (object, handler);
}

static gboolean
place_equal (const AictPlace *a,
             const AictPlace *b)
{
  return g_strcmp0 (aict_place_get_name (a), aict_place_get_name (b)) == 0 &&
         g_strcmp0 (aict_place_get_address (a), aict_place_get_address (b)) == 0 &&
         g_strcmp0 (aict_place_get_postal_code (a), aict_place_get_postal_code (b)) == 0 &&
         g_strcmp0 (aict_place_get_locality (a), aict_place_get_locality (b)) == 0 &&
         g_strcmp0 (aict_place_get_country (a), aict_place_get_country (b)) == 0;
}

static const char *
entity_id (gpointer entity)
{
  return aict_entity_get_id (AICT_ENTITY (entity));
}

/* Every property a class declares: static strings, and explicit notify
 * when it can be set after construction. */
static void
test_entities_pspec_flags (void)
{
  const GType types[] = {
    AICT_TYPE_ENTITY, AICT_TYPE_ACTOR, AICT_TYPE_SOURCE, AICT_TYPE_PERSON,
    AICT_TYPE_PARTNERSHIP, AICT_TYPE_BUDGET, AICT_TYPE_AGENDA_ITEM,
    AICT_TYPE_CONTRIBUTION, AICT_TYPE_OUTCOME, AICT_TYPE_MEETING,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;
      guint n_own = 0;

      if (types[t] == AICT_TYPE_ENTITY)
        g_assert_true (G_TYPE_IS_ABSTRACT (types[t]));
      else
        g_assert_true (G_TYPE_IS_FINAL (types[t]));
      g_assert_true (g_type_is_a (types[t], AICT_TYPE_ENTITY));

      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        {
          GParamSpec *pspec = pspecs[i];

          if (pspec->owner_type != types[t])
            continue;

          n_own++;
          g_assert_true ((pspec->flags & G_PARAM_STATIC_STRINGS) == G_PARAM_STATIC_STRINGS);
          g_assert_true (pspec->flags & G_PARAM_READABLE);
          if ((pspec->flags & G_PARAM_WRITABLE) && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY))
            {
              if (!(pspec->flags & G_PARAM_EXPLICIT_NOTIFY))
                g_error ("%s:%s is not EXPLICIT_NOTIFY", g_type_name (types[t]), pspec->name);
            }
        }
      g_assert_cmpuint (n_own, >, 0);
    }
}

/* ------------------------------------------------------------------ Actor */

static void
test_actor_construct (void)
{
  AictActor *actor;

  actor = aict_actor_new ("dordogne", "Conseil départemental de la Dordogne",
                          AICT_ACTOR_KIND_DEPARTEMENT);
  g_assert_true (AICT_IS_ACTOR (actor));
  g_assert_true (AICT_IS_ENTITY (actor));
  g_assert_cmpstr (entity_id (actor), ==, "dordogne");
  g_assert_cmpstr (aict_actor_get_name (actor), ==, "Conseil départemental de la Dordogne");
  g_assert_cmpint (aict_actor_get_kind (actor), ==, AICT_ACTOR_KIND_DEPARTEMENT);
  g_assert_null (aict_actor_get_short_name (actor));
  g_assert_null (aict_actor_get_country (actor));
  g_assert_null (aict_actor_get_subdivision (actor));
  g_assert_null (aict_actor_get_parent_id (actor));
  g_assert_null (aict_actor_get_address (actor));
  g_assert_null (aict_actor_get_website (actor));
  g_assert_null (aict_actor_get_email (actor));
  g_assert_null (aict_actor_get_phone (actor));
  g_assert_null (aict_entity_get_notes (AICT_ENTITY (actor)));
  g_assert_cmpuint (aict_actor_get_n_identifiers (actor), ==, 0);
  g_assert_cmpuint (aict_entity_get_n_source_refs (AICT_ENTITY (actor)), ==, 0);
  g_assert_finalize_object (actor);

  actor = g_object_new (AICT_TYPE_ACTOR,
                        "id", "dordogne-dri",
                        "name", "Direction des relations internationales",
                        "short-name", "DRI",
                        "kind", AICT_ACTOR_KIND_SERVICE,
                        "country", "FR",
                        "subdivision", "FR-24",
                        "parent-id", "dordogne",
                        "address", "2 rue Paul-Louis-Courier, Périgueux",
                        "website", "https://www.dordogne.fr",
                        "email", "dri@dordogne.fr",
                        "phone", "+33 5 53 02 20 20",
                        "notes", "a service",
                        NULL);
  g_assert_cmpstr (entity_id (actor), ==, "dordogne-dri");
  g_assert_cmpstr (aict_actor_get_name (actor), ==, "Direction des relations internationales");
  g_assert_cmpstr (aict_actor_get_short_name (actor), ==, "DRI");
  g_assert_cmpint (aict_actor_get_kind (actor), ==, AICT_ACTOR_KIND_SERVICE);
  g_assert_cmpstr (aict_actor_get_country (actor), ==, "FR");
  g_assert_cmpstr (aict_actor_get_subdivision (actor), ==, "FR-24");
  g_assert_cmpstr (aict_actor_get_parent_id (actor), ==, "dordogne");
  g_assert_cmpstr (aict_actor_get_address (actor), ==, "2 rue Paul-Louis-Courier, Périgueux");
  g_assert_cmpstr (aict_actor_get_website (actor), ==, "https://www.dordogne.fr");
  g_assert_cmpstr (aict_actor_get_email (actor), ==, "dri@dordogne.fr");
  g_assert_cmpstr (aict_actor_get_phone (actor), ==, "+33 5 53 02 20 20");
  g_assert_cmpstr (aict_entity_get_notes (AICT_ENTITY (actor)), ==, "a service");
  g_assert_finalize_object (actor);

  /* Without any property. */
  actor = g_object_new (AICT_TYPE_ACTOR, NULL);
  g_assert_null (entity_id (actor));
  g_assert_cmpint (aict_actor_get_kind (actor), ==, AICT_ACTOR_KIND_OTHER);
  g_assert_finalize_object (actor);
}

static void
test_actor_properties (void)
{
  AictActor *actor = aict_actor_new ("a", "A", AICT_ACTOR_KIND_REGION);
  g_autofree char *id = NULL;

  CHECK_STRING (actor, "name", aict_actor_get_name, aict_actor_set_name);
  CHECK_STRING (actor, "short-name", aict_actor_get_short_name, aict_actor_set_short_name);
  CHECK_STRING (actor, "country", aict_actor_get_country, aict_actor_set_country);
  CHECK_STRING (actor, "subdivision", aict_actor_get_subdivision, aict_actor_set_subdivision);
  CHECK_STRING (actor, "parent-id", aict_actor_get_parent_id, aict_actor_set_parent_id);
  CHECK_STRING (actor, "address", aict_actor_get_address, aict_actor_set_address);
  CHECK_STRING (actor, "website", aict_actor_get_website, aict_actor_set_website);
  CHECK_STRING (actor, "email", aict_actor_get_email, aict_actor_set_email);
  CHECK_STRING (actor, "phone", aict_actor_get_phone, aict_actor_set_phone);
  CHECK_STRING (actor, "notes", aict_entity_get_notes, aict_entity_set_notes);
  CHECK_ENUM (actor, "kind", aict_actor_get_kind, aict_actor_set_kind,
              AICT_ACTOR_KIND_COMMUNE, AICT_ACTOR_KIND_FOREIGN_AUTHORITY);

  g_object_get (actor, "id", &id, NULL);
  g_assert_cmpstr (id, ==, "a");

  g_assert_finalize_object (actor);
}

static void
test_actor_identifiers (void)
{
  AictActor *actor = aict_actor_new ("a", "A", AICT_ACTOR_KIND_REGION);
  g_autoptr(GPtrArray) identifiers = NULL;

  g_assert_cmpuint (aict_actor_get_n_identifiers (actor), ==, 0);

  aict_actor_add_identifier (actor, "siren", "222400012");
  aict_actor_add_identifier (actor, "insee", "24");
  g_assert_cmpuint (aict_actor_get_n_identifiers (actor), ==, 2);
  identifiers = aict_actor_dup_identifiers (actor);
  g_assert_cmpuint (identifiers->len, ==, 2);
  g_assert_true (g_ptr_array_index (identifiers, 0) != aict_actor_get_identifier (actor, 0));
  g_assert_cmpstr (aict_identifier_get_scheme (g_ptr_array_index (identifiers, 0)), ==, "siren");
  g_assert_cmpstr (aict_identifier_get_value (g_ptr_array_index (identifiers, 0)), ==, "222400012");
  g_assert_cmpstr (aict_identifier_get_scheme (g_ptr_array_index (identifiers, 1)), ==, "insee");

  g_assert_finalize_object (actor);
}

static void
test_actor_precondition (void)
{
  AictActor *actor = aict_actor_new ("a", "A", AICT_ACTOR_KIND_REGION);
  GObject *not_an_actor = g_object_new (G_TYPE_OBJECT, NULL);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ACTOR*");
  g_assert_null (aict_actor_get_name (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ACTOR*");
  g_assert_null (aict_actor_dup_identifiers (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ACTOR*");
  aict_actor_set_kind ((AictActor *) not_an_actor, AICT_ACTOR_KIND_STATE);
  g_test_assert_expected_messages ();
  g_assert_finalize_object (not_an_actor);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (aict_actor_new (NULL, "A", AICT_ACTOR_KIND_REGION));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*scheme != NULL*");
  aict_actor_add_identifier (actor, NULL, "1");
  g_test_assert_expected_messages ();
  g_assert_cmpuint (aict_actor_get_n_identifiers (actor), ==, 0);

  g_assert_finalize_object (actor);
}

/* ----------------------------------------------------------------- Source */

static void
test_source_construct (void)
{
  g_autoptr(AictPartialDate) date = aict_partial_date_new (2016, 11, 24);
  AictSource *source;

  source = aict_source_new ("cr-2016", "Compte rendu de la réunion du 24 novembre 2016");
  g_assert_true (AICT_IS_SOURCE (source));
  g_assert_true (AICT_IS_ENTITY (source));
  g_assert_cmpstr (entity_id (source), ==, "cr-2016");
  g_assert_cmpstr (aict_source_get_title (source), ==, "Compte rendu de la réunion du 24 novembre 2016");
  g_assert_null (aict_source_get_date (source));
  g_assert_null (aict_source_get_author (source));
  g_assert_null (aict_source_get_url (source));
  g_assert_finalize_object (source);

  source = g_object_new (AICT_TYPE_SOURCE,
                         "id", "cr",
                         "title", "Compte rendu",
                         "date", date,
                         "author", "Cités Unies France",
                         "url", "https://example.org/cr.pdf",
                         NULL);
  g_assert_cmpstr (entity_id (source), ==, "cr");
  g_assert_cmpstr (aict_source_get_title (source), ==, "Compte rendu");
  /* Dates are immutable: a copy shares the value. */
  g_assert_true (aict_source_get_date (source) == date);
  g_assert_true (aict_partial_date_equal (aict_source_get_date (source), date));
  g_assert_cmpstr (aict_source_get_author (source), ==, "Cités Unies France");
  g_assert_cmpstr (aict_source_get_url (source), ==, "https://example.org/cr.pdf");
  g_assert_finalize_object (source);
}

static void
test_source_properties (void)
{
  AictSource *source = aict_source_new ("s", "S");

  CHECK_STRING (source, "title", aict_source_get_title, aict_source_set_title);
  CHECK_DATE (source, "date", aict_source_get_date, aict_source_set_date);
  CHECK_STRING (source, "author", aict_source_get_author, aict_source_set_author);
  CHECK_STRING (source, "url", aict_source_get_url, aict_source_set_url);
  CHECK_STRING (source, "notes", aict_entity_get_notes, aict_entity_set_notes);

  g_assert_finalize_object (source);
}

static void
test_source_precondition (void)
{
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_SOURCE*");
  g_assert_null (aict_source_get_title (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_SOURCE*");
  aict_source_set_date (NULL, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (aict_source_new (NULL, "S"));
  g_test_assert_expected_messages ();
}

/* ----------------------------------------------------------------- Person */

static void
test_person_construct (void)
{
  AictPerson *person;

  person = aict_person_new ("vcoustillas", "Valérie COUSTILLAS");
  g_assert_true (AICT_IS_PERSON (person));
  g_assert_true (AICT_IS_ENTITY (person));
  g_assert_cmpstr (entity_id (person), ==, "vcoustillas");
  g_assert_cmpstr (aict_person_get_name (person), ==, "Valérie COUSTILLAS");
  g_assert_null (aict_person_get_given_name (person));
  g_assert_null (aict_person_get_family_name (person));
  g_assert_cmpuint (aict_person_get_n_affiliations (person), ==, 0);
  g_assert_finalize_object (person);

  person = g_object_new (AICT_TYPE_PERSON,
                         "id", "p1",
                         "name", "Valérie COUSTILLAS",
                         "given-name", "Valérie",
                         "family-name", "Coustillas",
                         NULL);
  g_assert_cmpstr (entity_id (person), ==, "p1");
  g_assert_cmpstr (aict_person_get_given_name (person), ==, "Valérie");
  g_assert_cmpstr (aict_person_get_family_name (person), ==, "Coustillas");
  g_assert_finalize_object (person);
}

static void
test_person_properties (void)
{
  AictPerson *person = aict_person_new ("p", "P");

  CHECK_STRING (person, "name", aict_person_get_name, aict_person_set_name);
  CHECK_STRING (person, "given-name", aict_person_get_given_name, aict_person_set_given_name);
  CHECK_STRING (person, "family-name", aict_person_get_family_name, aict_person_set_family_name);

  g_assert_finalize_object (person);
}

static void
test_person_affiliations (void)
{
  AictPerson *person = aict_person_new ("p", "P");
  g_autoptr(AictPartialDate) start = aict_partial_date_new (2008, 0, 0);
  g_autoptr(AictAffiliation) first = aict_affiliation_new_full ("dordogne", "Chargée de mission", start, NULL);
  g_autoptr(AictAffiliation) second = aict_affiliation_new ("cuf");
  const AictAffiliation *got;

  g_assert_cmpuint (aict_person_get_n_affiliations (person), ==, 0);

  aict_person_add_affiliation (person, first);
  aict_person_add_affiliation (person, second);
  {
    g_autoptr(GPtrArray) copies = aict_person_dup_affiliations (person);

    /* Copies: changing them cannot change the person. */
    g_assert_cmpuint (copies->len, ==, 2);
    g_assert_true (g_ptr_array_index (copies, 0) != aict_person_get_affiliation (person, 0));
  }
  g_assert_cmpuint (aict_person_get_n_affiliations (person), ==, 2);

  got = aict_person_get_affiliation (person, 0);
  g_assert_true (got != first);   /* a copy */
  g_assert_cmpstr (aict_affiliation_get_actor_id (got), ==, "dordogne");
  g_assert_cmpstr (aict_affiliation_get_post (got), ==, "Chargée de mission");
  g_assert_true (aict_partial_date_equal (aict_affiliation_get_start (got), start));
  g_assert_null (aict_affiliation_get_end (got));
  g_assert_cmpstr (aict_affiliation_get_actor_id (aict_person_get_affiliation (person, 1)), ==, "cuf");

  g_assert_finalize_object (person);
}

static void
test_person_precondition (void)
{
  AictPerson *person = aict_person_new ("p", "P");

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_PERSON*");
  g_assert_null (aict_person_get_name (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_PERSON*");
  g_assert_null (aict_person_dup_affiliations (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*affiliation != NULL*");
  aict_person_add_affiliation (person, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (aict_person_get_n_affiliations (person), ==, 0);

  g_assert_finalize_object (person);
}

/* ------------------------------------------------------------ Partnership */

static void
test_partnership_construct (void)
{
  const char * const countries[] = { "SN", "ML", NULL };
  const char * const themes[] = { "water", NULL };
  g_autoptr(AictPartialDate) start = aict_partial_date_new (2008, 0, 0);
  g_autoptr(AictPartialDate) end = aict_partial_date_new (2020, 12, 0);
  AictPartnership *partnership;

  partnership = aict_partnership_new ("dordogne-matam", "Coopération Dordogne – Matam",
                                      AICT_PARTNERSHIP_STATUS_SLOWED);
  g_assert_true (AICT_IS_PARTNERSHIP (partnership));
  g_assert_true (AICT_IS_ENTITY (partnership));
  g_assert_cmpstr (entity_id (partnership), ==, "dordogne-matam");
  g_assert_cmpstr (aict_partnership_get_title (partnership), ==, "Coopération Dordogne – Matam");
  g_assert_cmpint (aict_partnership_get_status (partnership), ==, AICT_PARTNERSHIP_STATUS_SLOWED);
  g_assert_null (aict_partnership_get_start (partnership));
  g_assert_null (aict_partnership_get_end (partnership));
  g_assert_null (aict_partnership_get_countries (partnership)[0]);
  g_assert_null (aict_partnership_get_subdivisions (partnership)[0]);
  g_assert_null (aict_partnership_get_themes (partnership)[0]);
  g_assert_cmpuint (aict_partnership_get_n_participants (partnership), ==, 0);
  g_assert_cmpuint (aict_partnership_get_n_components (partnership), ==, 0);
  g_assert_finalize_object (partnership);

  /* The default status is active. */
  partnership = g_object_new (AICT_TYPE_PARTNERSHIP, "id", "p", NULL);
  g_assert_cmpint (aict_partnership_get_status (partnership), ==, AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_assert_finalize_object (partnership);

  partnership = g_object_new (AICT_TYPE_PARTNERSHIP,
                              "id", "p",
                              "title", "T",
                              "status", AICT_PARTNERSHIP_STATUS_ENDED,
                              "start", start,
                              "end", end,
                              "countries", countries,
                              "subdivisions", NULL,
                              "themes", themes,
                              NULL);
  g_assert_cmpstr (aict_partnership_get_title (partnership), ==, "T");
  g_assert_cmpint (aict_partnership_get_status (partnership), ==, AICT_PARTNERSHIP_STATUS_ENDED);
  g_assert_true (aict_partial_date_equal (aict_partnership_get_start (partnership), start));
  g_assert_true (aict_partial_date_equal (aict_partnership_get_end (partnership), end));
  g_assert_true (g_strv_equal (aict_partnership_get_countries (partnership), countries));
  g_assert_null (aict_partnership_get_subdivisions (partnership)[0]);
  g_assert_true (g_strv_equal (aict_partnership_get_themes (partnership), themes));
  g_assert_finalize_object (partnership);
}

static void
test_partnership_properties (void)
{
  AictPartnership *partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);

  CHECK_STRING (partnership, "title", aict_partnership_get_title, aict_partnership_set_title);
  CHECK_ENUM (partnership, "status", aict_partnership_get_status, aict_partnership_set_status,
              AICT_PARTNERSHIP_STATUS_DORMANT, AICT_PARTNERSHIP_STATUS_ABANDONED);
  CHECK_DATE (partnership, "start", aict_partnership_get_start, aict_partnership_set_start);
  CHECK_DATE (partnership, "end", aict_partnership_get_end, aict_partnership_set_end);
  CHECK_STRV (partnership, "countries", aict_partnership_get_countries, aict_partnership_set_countries);
  CHECK_STRV (partnership, "subdivisions", aict_partnership_get_subdivisions,
              aict_partnership_set_subdivisions);
  CHECK_STRV (partnership, "themes", aict_partnership_get_themes, aict_partnership_set_themes);
  CHECK_STRING (partnership, "notes", aict_entity_get_notes, aict_entity_set_notes);

  g_assert_finalize_object (partnership);
}

static void
test_partnership_participants (void)
{
  AictPartnership *partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_autoptr(AictParticipant) lead = aict_participant_new ("dordogne", AICT_PARTICIPANT_ROLE_LEAD);
  g_autoptr(AictParticipant) partner = aict_participant_new_full ("matam", AICT_PARTICIPANT_ROLE_PARTNER, "since 2008");
  const AictParticipant *got;

  g_assert_cmpuint (aict_partnership_get_n_participants (partnership), ==, 0);
  aict_partnership_add_participant (partnership, lead);
  aict_partnership_add_participant (partnership, partner);
  {
    g_autoptr(GPtrArray) copies = aict_partnership_dup_participants (partnership);

    /* Copies: changing them cannot change the partnership. */
    g_assert_cmpuint (copies->len, ==, 2);
    g_assert_true (g_ptr_array_index (copies, 0) != aict_partnership_get_participant (partnership, 0));
  }
  g_assert_cmpuint (aict_partnership_get_n_participants (partnership), ==, 2);

  got = aict_partnership_get_participant (partnership, 0);
  g_assert_true (got != lead);
  g_assert_cmpstr (aict_participant_get_actor_id (got), ==, "dordogne");
  g_assert_cmpint (aict_participant_get_role (got), ==, AICT_PARTICIPANT_ROLE_LEAD);
  got = aict_partnership_get_participant (partnership, 1);
  g_assert_cmpstr (aict_participant_get_actor_id (got), ==, "matam");
  g_assert_cmpint (aict_participant_get_role (got), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_participant_get_notes (got), ==, "since 2008");

  g_assert_finalize_object (partnership);
}

static void
test_partnership_components (void)
{
  const char * const themes[] = { "water", "health", NULL };
  AictPartnership *partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_autoptr(AictComponent) water = aict_component_new_full ("Eau et assainissement", themes, NULL);
  const AictComponent *got;

  g_assert_cmpuint (aict_partnership_get_n_components (partnership), ==, 0);
  aict_partnership_add_component (partnership, water);
  g_assert_cmpuint (aict_partnership_get_n_components (partnership), ==, 1);

  got = aict_partnership_get_component (partnership, 0);
  g_assert_true (got != water);
  g_assert_cmpstr (aict_component_get_title (got), ==, "Eau et assainissement");
  g_assert_true (g_strv_equal (aict_component_get_themes (got), themes));

  g_assert_finalize_object (partnership);
}

static void
test_partnership_has_theme (void)
{
  const char * const themes[] = { "water", "health", NULL };
  AictPartnership *partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);

  g_assert_false (aict_partnership_has_theme (partnership, "water"));
  aict_partnership_set_themes (partnership, themes);
  g_assert_true (aict_partnership_has_theme (partnership, "water"));
  g_assert_true (aict_partnership_has_theme (partnership, "health"));
  g_assert_false (aict_partnership_has_theme (partnership, "wat"));
  g_assert_false (aict_partnership_has_theme (partnership, ""));
  aict_partnership_set_themes (partnership, NULL);
  g_assert_false (aict_partnership_has_theme (partnership, "water"));

  g_assert_finalize_object (partnership);
}

static void
test_partnership_has_country (void)
{
  const char * const countries[] = { "SN", "ML", NULL };
  AictPartnership *partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);

  g_assert_false (aict_partnership_has_country (partnership, "SN"));
  g_object_set (partnership, "countries", countries, NULL);
  g_assert_true (aict_partnership_has_country (partnership, "SN"));
  g_assert_true (aict_partnership_has_country (partnership, "ML"));
  g_assert_false (aict_partnership_has_country (partnership, "sn"));
  g_assert_false (aict_partnership_has_country (partnership, "FR"));

  g_assert_finalize_object (partnership);
}

static void
test_partnership_precondition (void)
{
  AictPartnership *partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_PARTNERSHIP*");
  g_assert_null (aict_partnership_get_title (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_PARTNERSHIP*");
  g_assert_cmpint (aict_partnership_get_status (NULL), ==, AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_PARTNERSHIP*");
  g_assert_null (aict_partnership_get_themes (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_PARTNERSHIP*");
  g_assert_false (aict_partnership_has_theme (NULL, "water"));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*theme != NULL*");
  g_assert_false (aict_partnership_has_theme (partnership, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*country != NULL*");
  g_assert_false (aict_partnership_has_country (partnership, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*status <= *");
  aict_partnership_set_status (partnership, (AictPartnershipStatus) 42);
  g_test_assert_expected_messages ();
  g_assert_cmpint (aict_partnership_get_status (partnership), ==, AICT_PARTNERSHIP_STATUS_ACTIVE);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*participant != NULL*");
  aict_partnership_add_participant (partnership, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*component != NULL*");
  aict_partnership_add_component (partnership, NULL);
  g_test_assert_expected_messages ();

  g_assert_finalize_object (partnership);
}

/* ----------------------------------------------------------------- Budget */

static void
test_budget_construct (void)
{
  g_autoptr(AictAmount) amount = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictPartialDate) year = aict_partial_date_new (2016, 0, 0);
  AictBudget *budget;

  budget = aict_budget_new ("b-2016", AICT_BUDGET_KIND_SPENT);
  g_assert_true (AICT_IS_BUDGET (budget));
  g_assert_true (AICT_IS_ENTITY (budget));
  g_assert_cmpstr (entity_id (budget), ==, "b-2016");
  g_assert_cmpint (aict_budget_get_kind (budget), ==, AICT_BUDGET_KIND_SPENT);
  g_assert_null (aict_budget_get_label (budget));
  g_assert_null (aict_budget_get_actor_id (budget));
  g_assert_null (aict_budget_get_partnership_id (budget));
  g_assert_null (aict_budget_get_start (budget));
  g_assert_null (aict_budget_get_end (budget));
  g_assert_null (aict_budget_get_amount (budget));
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, -1);
  g_assert_cmpuint (aict_budget_get_n_funders (budget), ==, 0);
  g_assert_finalize_object (budget);

  budget = g_object_new (AICT_TYPE_BUDGET, "id", "b", NULL);
  g_assert_cmpint (aict_budget_get_kind (budget), ==, AICT_BUDGET_KIND_ALLOCATED);
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, -1);
  g_assert_finalize_object (budget);

  budget = g_object_new (AICT_TYPE_BUDGET,
                         "id", "b",
                         "label", "Budget du service",
                         "actor-id", "dordogne",
                         "partnership-id", "dordogne-matam",
                         "kind", AICT_BUDGET_KIND_ESTIMATE,
                         "start", year,
                         "end", year,
                         "amount", amount,
                         "staff-fte", 340,
                         NULL);
  g_assert_cmpstr (aict_budget_get_label (budget), ==, "Budget du service");
  g_assert_cmpstr (aict_budget_get_actor_id (budget), ==, "dordogne");
  g_assert_cmpstr (aict_budget_get_partnership_id (budget), ==, "dordogne-matam");
  g_assert_cmpint (aict_budget_get_kind (budget), ==, AICT_BUDGET_KIND_ESTIMATE);
  g_assert_true (aict_partial_date_equal (aict_budget_get_start (budget), year));
  g_assert_true (aict_partial_date_equal (aict_budget_get_end (budget), year));
  g_assert_true (aict_amount_equal (aict_budget_get_amount (budget), amount));
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, 340);
  g_assert_finalize_object (budget);
}

static void
test_budget_properties (void)
{
  AictBudget *budget = aict_budget_new ("b", AICT_BUDGET_KIND_ALLOCATED);
  g_autoptr(AictAmount) range = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) range_again = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) approximate = aict_amount_new_full (3000000, 7000000, "EUR", TRUE, TRUE);

  CHECK_STRING (budget, "label", aict_budget_get_label, aict_budget_set_label);
  CHECK_STRING (budget, "actor-id", aict_budget_get_actor_id, aict_budget_set_actor_id);
  CHECK_STRING (budget, "partnership-id", aict_budget_get_partnership_id,
                aict_budget_set_partnership_id);
  CHECK_ENUM (budget, "kind", aict_budget_get_kind, aict_budget_set_kind,
              AICT_BUDGET_KIND_PLANNED, AICT_BUDGET_KIND_SPENT);
  CHECK_DATE (budget, "start", aict_budget_get_start, aict_budget_set_start);
  CHECK_DATE (budget, "end", aict_budget_get_end, aict_budget_set_end);
  CHECK_BOXED (budget, "amount", aict_budget_get_amount, aict_budget_set_amount,
               range, range_again, approximate, aict_amount_equal);

  g_assert_finalize_object (budget);
}

static void
test_budget_staff_fte (void)
{
  AictBudget *budget = aict_budget_new ("b", AICT_BUDGET_KIND_ALLOCATED);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (budget), "staff-fte");
  guint count;
  gulong handler;
  int got = 0;

  g_assert_true (G_IS_PARAM_SPEC_INT (pspec));
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, -1);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, ==, G_MAXINT);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->default_value, ==, -1);

  handler = watch_notify (budget, "staff-fte", &count);

  aict_budget_set_staff_fte (budget, 340);            /* 3.4 FTE */
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, 340);
  aict_budget_set_staff_fte (budget, 340);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (budget, "staff-fte", 0, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, 0);
  g_object_set (budget, "staff-fte", 0, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_set (budget, "staff-fte", G_MAXINT, NULL);
  g_object_get (budget, "staff-fte", &got, NULL);
  g_assert_cmpint (got, ==, G_MAXINT);

  aict_budget_set_staff_fte (budget, -1);
  g_assert_cmpuint (count, ==, 4);
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, -1);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*staff_fte >= -1*");
  aict_budget_set_staff_fte (budget, -2);
  g_test_assert_expected_messages ();
  g_assert_cmpint (aict_budget_get_staff_fte (budget), ==, -1);
  g_assert_cmpuint (count, ==, 4);

  g_signal_handler_disconnect (budget, handler);
  g_assert_finalize_object (budget);
}

static void
test_budget_funders (void)
{
  AictBudget *budget = aict_budget_new ("b", AICT_BUDGET_KIND_ALLOCATED);
  g_autoptr(AictAmount) amount = aict_amount_new (2100000, "EUR");
  g_autoptr(AictFunder) first = aict_funder_new_full ("dordogne", 7000, NULL);
  g_autoptr(AictFunder) second = aict_funder_new_full ("maedi", -1, amount);
  const AictFunder *got;

  g_assert_cmpuint (aict_budget_get_n_funders (budget), ==, 0);
  aict_budget_add_funder (budget, first);
  aict_budget_add_funder (budget, second);
  {
    g_autoptr(GPtrArray) copies = aict_budget_dup_funders (budget);

    /* Copies: changing them cannot change the budget. */
    g_assert_cmpuint (copies->len, ==, 2);
    g_assert_true (g_ptr_array_index (copies, 0) != aict_budget_get_funder (budget, 0));
  }
  g_assert_cmpuint (aict_budget_get_n_funders (budget), ==, 2);

  got = aict_budget_get_funder (budget, 0);
  g_assert_true (got != first);
  g_assert_cmpstr (aict_funder_get_actor_id (got), ==, "dordogne");
  g_assert_cmpint (aict_funder_get_share (got), ==, 7000);
  g_assert_null (aict_funder_get_amount (got));
  got = aict_budget_get_funder (budget, 1);
  g_assert_cmpint (aict_funder_get_share (got), ==, -1);
  g_assert_true (aict_amount_equal (aict_funder_get_amount (got), amount));

  g_assert_finalize_object (budget);
}

static void
test_budget_precondition (void)
{
  AictBudget *budget = aict_budget_new ("b", AICT_BUDGET_KIND_ALLOCATED);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_BUDGET*");
  g_assert_null (aict_budget_get_label (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_BUDGET*");
  g_assert_cmpint (aict_budget_get_staff_fte (NULL), ==, -1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_BUDGET*");
  g_assert_null (aict_budget_get_amount (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*kind <= *");
  aict_budget_set_kind (budget, (AictBudgetKind) 99);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*funder != NULL*");
  aict_budget_add_funder (budget, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (aict_budget_new (NULL, AICT_BUDGET_KIND_ALLOCATED));
  g_test_assert_expected_messages ();

  g_assert_finalize_object (budget);
}

/* ------------------------------------------------------------- AgendaItem */

static void
test_agenda_item_construct (void)
{
  AictAgendaItem *item;

  item = aict_agenda_item_new ("m2016-B", "Tour de table");
  g_assert_true (AICT_IS_AGENDA_ITEM (item));
  g_assert_true (AICT_IS_ENTITY (item));
  g_assert_cmpstr (entity_id (item), ==, "m2016-B");
  g_assert_cmpstr (aict_agenda_item_get_title (item), ==, "Tour de table");
  g_assert_null (aict_agenda_item_get_label (item));
  g_assert_null (aict_agenda_item_get_parent_id (item));
  g_assert_finalize_object (item);

  item = g_object_new (AICT_TYPE_AGENDA_ITEM,
                       "id", "m2016-C3",
                       "label", "C.3",
                       "title", "Budgets",
                       "parent-id", "m2016-C",
                       NULL);
  g_assert_cmpstr (aict_agenda_item_get_label (item), ==, "C.3");
  g_assert_cmpstr (aict_agenda_item_get_title (item), ==, "Budgets");
  g_assert_cmpstr (aict_agenda_item_get_parent_id (item), ==, "m2016-C");
  g_assert_finalize_object (item);
}

static void
test_agenda_item_properties (void)
{
  AictAgendaItem *item = aict_agenda_item_new ("i", "I");

  CHECK_STRING (item, "label", aict_agenda_item_get_label, aict_agenda_item_set_label);
  CHECK_STRING (item, "title", aict_agenda_item_get_title, aict_agenda_item_set_title);
  CHECK_STRING (item, "parent-id", aict_agenda_item_get_parent_id, aict_agenda_item_set_parent_id);

  g_assert_finalize_object (item);
}

static void
test_agenda_item_precondition (void)
{
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_AGENDA_ITEM*");
  g_assert_null (aict_agenda_item_get_title (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_AGENDA_ITEM*");
  aict_agenda_item_set_label (NULL, "B");
  g_test_assert_expected_messages ();
}

/* ----------------------------------------------------------- Contribution */

static void
test_contribution_construct (void)
{
  const char * const themes[] = { "governance", NULL };
  AictContribution *contribution;

  contribution = aict_contribution_new ("m2016-c1", "Présente le bilan de l'année");
  g_assert_true (AICT_IS_CONTRIBUTION (contribution));
  g_assert_true (AICT_IS_ENTITY (contribution));
  g_assert_cmpstr (entity_id (contribution), ==, "m2016-c1");
  g_assert_cmpstr (aict_contribution_get_summary (contribution), ==, "Présente le bilan de l'année");
  g_assert_null (aict_contribution_get_person_id (contribution));
  g_assert_null (aict_contribution_get_actor_id (contribution));
  g_assert_null (aict_contribution_get_agenda_item_id (contribution));
  g_assert_null (aict_contribution_get_themes (contribution)[0]);
  g_assert_finalize_object (contribution);

  contribution = g_object_new (AICT_TYPE_CONTRIBUTION,
                               "id", "c",
                               "person-id", "vcoustillas",
                               "actor-id", "dordogne",
                               "agenda-item-id", "m2016-B",
                               "summary", "S",
                               "themes", themes,
                               NULL);
  g_assert_cmpstr (aict_contribution_get_person_id (contribution), ==, "vcoustillas");
  g_assert_cmpstr (aict_contribution_get_actor_id (contribution), ==, "dordogne");
  g_assert_cmpstr (aict_contribution_get_agenda_item_id (contribution), ==, "m2016-B");
  g_assert_cmpstr (aict_contribution_get_summary (contribution), ==, "S");
  g_assert_true (g_strv_equal (aict_contribution_get_themes (contribution), themes));
  g_assert_finalize_object (contribution);
}

static void
test_contribution_properties (void)
{
  AictContribution *contribution = aict_contribution_new ("c", "C");

  CHECK_STRING (contribution, "person-id", aict_contribution_get_person_id,
                aict_contribution_set_person_id);
  CHECK_STRING (contribution, "actor-id", aict_contribution_get_actor_id,
                aict_contribution_set_actor_id);
  CHECK_STRING (contribution, "agenda-item-id", aict_contribution_get_agenda_item_id,
                aict_contribution_set_agenda_item_id);
  CHECK_STRING (contribution, "summary", aict_contribution_get_summary,
                aict_contribution_set_summary);
  CHECK_STRV (contribution, "themes", aict_contribution_get_themes, aict_contribution_set_themes);

  g_assert_finalize_object (contribution);
}

static void
test_contribution_precondition (void)
{
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_CONTRIBUTION*");
  g_assert_null (aict_contribution_get_summary (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_CONTRIBUTION*");
  g_assert_null (aict_contribution_get_themes (NULL));
  g_test_assert_expected_messages ();
}

/* ---------------------------------------------------------------- Outcome */

static void
test_outcome_construct (void)
{
  const char * const actors[] = { "dordogne", "gironde", NULL };
  const char * const partnerships[] = { "dordogne-matam", NULL };
  const char * const themes[] = { "water", NULL };
  g_autoptr(AictPartialDate) due = aict_partial_date_new (2017, 3, 0);
  AictOutcome *outcome;

  outcome = aict_outcome_new ("m2016-o1", AICT_OUTCOME_KIND_ACTION, "Envoyer le bilan");
  g_assert_true (AICT_IS_OUTCOME (outcome));
  g_assert_true (AICT_IS_ENTITY (outcome));
  g_assert_cmpstr (entity_id (outcome), ==, "m2016-o1");
  g_assert_cmpint (aict_outcome_get_kind (outcome), ==, AICT_OUTCOME_KIND_ACTION);
  g_assert_cmpstr (aict_outcome_get_text (outcome), ==, "Envoyer le bilan");
  g_assert_null (aict_outcome_get_agenda_item_id (outcome));
  g_assert_null (aict_outcome_get_owner_id (outcome));
  g_assert_null (aict_outcome_get_due (outcome));
  g_assert_cmpint (aict_outcome_get_status (outcome), ==, AICT_OUTCOME_STATUS_OPEN);
  g_assert_null (aict_outcome_get_actor_ids (outcome)[0]);
  g_assert_null (aict_outcome_get_partnership_ids (outcome)[0]);
  g_assert_null (aict_outcome_get_themes (outcome)[0]);
  g_assert_null (aict_outcome_get_meeting_id (outcome));
  g_assert_finalize_object (outcome);

  outcome = g_object_new (AICT_TYPE_OUTCOME,
                          "id", "o",
                          "kind", AICT_OUTCOME_KIND_DECISION,
                          "text", "T",
                          "agenda-item-id", "m2016-B",
                          "owner-id", "dordogne",
                          "due", due,
                          "status", AICT_OUTCOME_STATUS_IN_PROGRESS,
                          "actor-ids", actors,
                          "partnership-ids", partnerships,
                          "themes", themes,
                          NULL);
  g_assert_cmpint (aict_outcome_get_kind (outcome), ==, AICT_OUTCOME_KIND_DECISION);
  g_assert_cmpstr (aict_outcome_get_text (outcome), ==, "T");
  g_assert_cmpstr (aict_outcome_get_agenda_item_id (outcome), ==, "m2016-B");
  g_assert_cmpstr (aict_outcome_get_owner_id (outcome), ==, "dordogne");
  g_assert_true (aict_partial_date_equal (aict_outcome_get_due (outcome), due));
  g_assert_cmpint (aict_outcome_get_status (outcome), ==, AICT_OUTCOME_STATUS_IN_PROGRESS);
  g_assert_true (g_strv_equal (aict_outcome_get_actor_ids (outcome), actors));
  g_assert_true (g_strv_equal (aict_outcome_get_partnership_ids (outcome), partnerships));
  g_assert_true (g_strv_equal (aict_outcome_get_themes (outcome), themes));
  g_assert_finalize_object (outcome);

  outcome = g_object_new (AICT_TYPE_OUTCOME, "id", "o", NULL);
  g_assert_cmpint (aict_outcome_get_kind (outcome), ==, AICT_OUTCOME_KIND_SYNTHESIS);
  g_assert_cmpint (aict_outcome_get_status (outcome), ==, AICT_OUTCOME_STATUS_OPEN);
  g_assert_finalize_object (outcome);
}

static void
test_outcome_properties (void)
{
  AictOutcome *outcome = aict_outcome_new ("o", AICT_OUTCOME_KIND_ACTION, "T");

  CHECK_ENUM (outcome, "kind", aict_outcome_get_kind, aict_outcome_set_kind,
              AICT_OUTCOME_KIND_PROPOSAL, AICT_OUTCOME_KIND_NEXT_MEETING);
  CHECK_STRING (outcome, "text", aict_outcome_get_text, aict_outcome_set_text);
  CHECK_STRING (outcome, "agenda-item-id", aict_outcome_get_agenda_item_id,
                aict_outcome_set_agenda_item_id);
  CHECK_STRING (outcome, "owner-id", aict_outcome_get_owner_id, aict_outcome_set_owner_id);
  CHECK_DATE (outcome, "due", aict_outcome_get_due, aict_outcome_set_due);
  CHECK_ENUM (outcome, "status", aict_outcome_get_status, aict_outcome_set_status,
              AICT_OUTCOME_STATUS_DONE, AICT_OUTCOME_STATUS_CANCELLED);
  CHECK_STRV (outcome, "actor-ids", aict_outcome_get_actor_ids, aict_outcome_set_actor_ids);
  CHECK_STRV (outcome, "partnership-ids", aict_outcome_get_partnership_ids,
              aict_outcome_set_partnership_ids);
  CHECK_STRV (outcome, "themes", aict_outcome_get_themes, aict_outcome_set_themes);

  g_assert_finalize_object (outcome);
}

static void
test_outcome_meeting_id (void)
{
  AictOutcome *outcome = aict_outcome_new ("o", AICT_OUTCOME_KIND_ACTION, "T");
  AictMeeting *meeting = aict_meeting_new ("m2016", "Réunion", NULL);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (outcome), "meeting-id");
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  guint count;
  gulong handler;

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_assert_null (aict_outcome_get_meeting_id (outcome));

  handler = watch_notify (outcome, "meeting-id", &count);
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (aict_outcome_get_meeting_id (outcome), ==, "m2016");
  g_object_get (outcome, "meeting-id", &got, NULL);
  g_assert_cmpstr (got, ==, "m2016");
  g_signal_handler_disconnect (outcome, handler);

  g_assert_finalize_object (meeting);   /* the outcome stays alive… */
  g_assert_cmpstr (aict_outcome_get_meeting_id (outcome), ==, "m2016");  /* …with its copy */
  g_assert_finalize_object (outcome);
}

static void
test_outcome_precondition (void)
{
  AictOutcome *outcome = aict_outcome_new ("o", AICT_OUTCOME_KIND_ACTION, "T");

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_OUTCOME*");
  g_assert_null (aict_outcome_get_text (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_OUTCOME*");
  g_assert_null (aict_outcome_get_meeting_id (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_OUTCOME*");
  g_assert_cmpint (aict_outcome_get_status (NULL), ==, AICT_OUTCOME_STATUS_OPEN);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*status <= *");
  aict_outcome_set_status (outcome, (AictOutcomeStatus) 17);
  g_test_assert_expected_messages ();
  g_assert_cmpint (aict_outcome_get_status (outcome), ==, AICT_OUTCOME_STATUS_OPEN);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*kind <= *");
  aict_outcome_set_kind (outcome, (AictOutcomeKind) 17);
  g_test_assert_expected_messages ();
  g_assert_cmpint (aict_outcome_get_kind (outcome), ==, AICT_OUTCOME_KIND_ACTION);

  g_assert_finalize_object (outcome);
}

/* ---------------------------------------------------------------- Meeting */

static void
test_meeting_construct (void)
{
  const char * const organisers[] = { "cuf", "dordogne", NULL };
  g_autoptr(AictPartialDate) date = aict_partial_date_new (2016, 11, 24);
  g_autoptr(AictPartialDate) end_date = aict_partial_date_new (2016, 11, 25);
  g_autoptr(AictPlace) place = aict_place_new_full ("Maison des Suds", NULL, "33600", "Pessac", "FR");
  AictMeeting *meeting;
  GListModel *model;

  meeting = aict_meeting_new ("m2016", "Réunion des services", date);
  g_assert_true (AICT_IS_MEETING (meeting));
  g_assert_true (AICT_IS_ENTITY (meeting));
  g_assert_cmpstr (entity_id (meeting), ==, "m2016");
  g_assert_cmpstr (aict_meeting_get_title (meeting), ==, "Réunion des services");
  /* Dates are immutable: a copy shares the value. */
  g_assert_true (aict_meeting_get_date (meeting) == date);
  g_assert_true (aict_partial_date_equal (aict_meeting_get_date (meeting), date));
  g_assert_null (aict_meeting_get_end_date (meeting));
  g_assert_null (aict_meeting_get_start_time (meeting));
  g_assert_null (aict_meeting_get_end_time (meeting));
  g_assert_null (aict_meeting_get_place (meeting));
  g_assert_null (aict_meeting_get_organisers (meeting)[0]);
  g_assert_cmpuint (aict_meeting_get_n_attendance (meeting), ==, 0);

  model = aict_meeting_get_agenda (meeting);
  g_assert_true (G_IS_LIST_MODEL (model));
  g_assert_true (g_list_model_get_item_type (model) == AICT_TYPE_AGENDA_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  model = aict_meeting_get_contributions (meeting);
  g_assert_true (g_list_model_get_item_type (model) == AICT_TYPE_CONTRIBUTION);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  model = aict_meeting_get_outcomes (meeting);
  g_assert_true (g_list_model_get_item_type (model) == AICT_TYPE_OUTCOME);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_finalize_object (meeting);

  meeting = aict_meeting_new ("m", "M", NULL);
  g_assert_null (aict_meeting_get_date (meeting));
  g_assert_finalize_object (meeting);

  meeting = g_object_new (AICT_TYPE_MEETING,
                          "id", "m",
                          "title", "M",
                          "date", date,
                          "end-date", end_date,
                          "start-time", "09:30",
                          "end-time", "17:00",
                          "place", place,
                          "organisers", organisers,
                          NULL);
  g_assert_true (aict_partial_date_equal (aict_meeting_get_date (meeting), date));
  g_assert_true (aict_partial_date_equal (aict_meeting_get_end_date (meeting), end_date));
  g_assert_cmpstr (aict_meeting_get_start_time (meeting), ==, "09:30");
  g_assert_cmpstr (aict_meeting_get_end_time (meeting), ==, "17:00");
  g_assert_true (aict_meeting_get_place (meeting) != place);
  g_assert_true (place_equal (aict_meeting_get_place (meeting), place));
  g_assert_true (g_strv_equal (aict_meeting_get_organisers (meeting), organisers));
  g_assert_finalize_object (meeting);
}

static void
test_meeting_properties (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  g_autoptr(AictPlace) place = aict_place_new_full ("Maison des Suds", NULL, "33600", "Pessac", "FR");
  g_autoptr(AictPlace) place_again = aict_place_new_full ("Maison des Suds", NULL, "33600", "Pessac", "FR");
  g_autoptr(AictPlace) other = aict_place_new_full ("Maison des Suds", "12 esplanade des Antilles",
                                               "33600", "Pessac", "FR");

  CHECK_STRING (meeting, "title", aict_meeting_get_title, aict_meeting_set_title);
  CHECK_DATE (meeting, "date", aict_meeting_get_date, aict_meeting_set_date);
  CHECK_DATE (meeting, "end-date", aict_meeting_get_end_date, aict_meeting_set_end_date);
  CHECK_STRING (meeting, "start-time", aict_meeting_get_start_time, aict_meeting_set_start_time);
  CHECK_STRING (meeting, "end-time", aict_meeting_get_end_time, aict_meeting_set_end_time);
  CHECK_BOXED (meeting, "place", aict_meeting_get_place, aict_meeting_set_place,
               place, place_again, other, place_equal);
  CHECK_STRV (meeting, "organisers", aict_meeting_get_organisers, aict_meeting_set_organisers);
  CHECK_STRING (meeting, "notes", aict_entity_get_notes, aict_entity_set_notes);

  /* Times are not checked here: the validator reports malformed ones. */
  aict_meeting_set_start_time (meeting, "25:99");
  g_assert_cmpstr (aict_meeting_get_start_time (meeting), ==, "25:99");

  g_assert_finalize_object (meeting);
}

static void
test_meeting_attendance (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  g_autoptr(AictAttendance) present = aict_attendance_new_full ("vcoustillas", AICT_ATTENDANCE_STATUS_PRESENT,
                                                           AICT_ATTENDANCE_ROLE_SPEAKER, "dordogne");
  g_autoptr(AictAttendance) excused = aict_attendance_new ("jdupont", AICT_ATTENDANCE_STATUS_EXCUSED, AICT_ATTENDANCE_ROLE_PARTICIPANT);
  const AictAttendance *got;

  g_assert_cmpuint (aict_meeting_get_n_attendance (meeting), ==, 0);
  aict_meeting_add_attendance (meeting, present);
  aict_meeting_add_attendance (meeting, excused);
  {
    g_autoptr(GPtrArray) copies = aict_meeting_dup_attendance (meeting);

    /* Copies: changing them cannot change the meeting. */
    g_assert_cmpuint (copies->len, ==, 2);
    g_assert_true (g_ptr_array_index (copies, 0) != aict_meeting_get_attendance (meeting, 0));
  }
  g_assert_cmpuint (aict_meeting_get_n_attendance (meeting), ==, 2);

  got = aict_meeting_get_attendance (meeting, 0);
  g_assert_true (got != present);
  g_assert_cmpstr (aict_attendance_get_person_id (got), ==, "vcoustillas");
  g_assert_cmpint (aict_attendance_get_status (got), ==, AICT_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpint (aict_attendance_get_role (got), ==, AICT_ATTENDANCE_ROLE_SPEAKER);
  g_assert_cmpstr (aict_attendance_get_representing_id (got), ==, "dordogne");
  got = aict_meeting_get_attendance (meeting, 1);
  g_assert_cmpint (aict_attendance_get_status (got), ==, AICT_ATTENDANCE_STATUS_EXCUSED);
  g_assert_null (aict_attendance_get_representing_id (got));

  g_assert_finalize_object (meeting);
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    user_data)
{
  guint *count = user_data;

  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (position, ==, g_list_model_get_n_items (model) - 1);
  (*count)++;
}

static void
test_meeting_agenda (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictAgendaItem *a = aict_agenda_item_new ("m-A", "Accueil");
  AictAgendaItem *b = aict_agenda_item_new ("m-B", "Tour de table");
  GListModel *agenda = aict_meeting_get_agenda (meeting);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictAgendaItem) first = NULL;
  guint changed = 0;

  g_signal_connect (agenda, "items-changed", G_CALLBACK (count_items_changed_cb), &changed);

  g_assert_true (aict_meeting_add_agenda_item (meeting, a, &error));
  g_assert_no_error (error);
  g_assert_true (aict_meeting_add_agenda_item (meeting, b, NULL));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (aict_meeting_get_agenda (meeting) == agenda);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 2);

  first = g_list_model_get_item (agenda, 0);
  g_assert_true (first == a);
  g_assert_true (g_list_model_get_item (agenda, 2) == NULL);

  g_signal_handlers_disconnect_by_data (agenda, &changed);
  g_clear_object (&first);
  g_object_unref (a);
  g_object_unref (b);
  g_assert_finalize_object (meeting);
}

static void
test_meeting_contributions (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictContribution *c1 = aict_contribution_new ("m-c1", "Présente le bilan");
  AictContribution *c2 = aict_contribution_new ("m-c2", "Répond");
  GListModel *contributions = aict_meeting_get_contributions (meeting);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictContribution) second = NULL;
  guint changed = 0;

  g_signal_connect (contributions, "items-changed", G_CALLBACK (count_items_changed_cb), &changed);

  g_assert_true (aict_meeting_add_contribution (meeting, c1, &error));
  g_assert_no_error (error);
  g_assert_true (aict_meeting_add_contribution (meeting, c2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (contributions), ==, 2);

  second = g_list_model_get_item (contributions, 1);
  g_assert_true (second == c2);

  g_signal_handlers_disconnect_by_data (contributions, &changed);
  g_clear_object (&second);
  g_object_unref (c1);
  g_object_unref (c2);
  g_assert_finalize_object (meeting);
}

static void
test_meeting_outcomes (void)
{
  AictMeeting *meeting = aict_meeting_new ("m2016", "M", NULL);
  AictOutcome *o1 = aict_outcome_new ("m-o1", AICT_OUTCOME_KIND_SYNTHESIS, "Synthèse");
  AictOutcome *o2 = aict_outcome_new ("m-o2", AICT_OUTCOME_KIND_NEXT_MEETING, "Prochaine réunion");
  GListModel *outcomes = aict_meeting_get_outcomes (meeting);
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (outcomes, "items-changed", G_CALLBACK (count_items_changed_cb), &changed);

  g_assert_true (aict_meeting_add_outcome (meeting, o1, &error));
  g_assert_no_error (error);
  g_assert_true (aict_meeting_add_outcome (meeting, o2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 2);
  g_assert_cmpstr (aict_outcome_get_meeting_id (o1), ==, "m2016");
  g_assert_cmpstr (aict_outcome_get_meeting_id (o2), ==, "m2016");

  g_signal_handlers_disconnect_by_data (outcomes, &changed);
  g_object_unref (o1);
  g_object_unref (o2);
  g_assert_finalize_object (meeting);
}

static void
test_meeting_duplicate_id (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictMeeting *other = aict_meeting_new ("m2", "M2", NULL);
  AictAgendaItem *item = aict_agenda_item_new ("x", "X");
  AictAgendaItem *item_again = aict_agenda_item_new ("x", "X again");
  AictAgendaItem *named_as_meeting = aict_agenda_item_new ("m", "M");
  AictContribution *contribution = aict_contribution_new ("x", "X");
  AictOutcome *outcome = aict_outcome_new ("x", AICT_OUTCOME_KIND_ACTION, "X");
  AictOutcome *y = aict_outcome_new ("y", AICT_OUTCOME_KIND_ACTION, "Y");
  AictContribution *contribution_y = aict_contribution_new ("y", "Y");
  GError *error = NULL;

  g_assert_true (aict_meeting_add_agenda_item (meeting, item, &error));
  g_assert_no_error (error);

  /* The same object twice. */
  g_assert_false (aict_meeting_add_agenda_item (meeting, item, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "“x”"));
  g_clear_error (&error);

  /* Another object with the same id, in each collection. */
  g_assert_false (aict_meeting_add_agenda_item (meeting, item_again, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_contribution (meeting, contribution, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_null (aict_outcome_get_meeting_id (outcome));   /* untouched on failure */

  /* The id of the meeting itself. */
  g_assert_false (aict_meeting_add_agenda_item (meeting, named_as_meeting, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* Across collections the other way round. */
  g_assert_true (aict_meeting_add_outcome (meeting, y, &error));
  g_assert_no_error (error);
  g_assert_false (aict_meeting_add_contribution (meeting, contribution_y, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* Failures changed nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_agenda (meeting)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_contributions (meeting)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_outcomes (meeting)), ==, 1);

  /* Ids are per meeting when no dataset is involved… */
  g_assert_true (aict_meeting_add_contribution (other, contribution, &error));
  g_assert_no_error (error);
  /* …but an outcome belongs to one meeting only. */
  g_assert_false (aict_meeting_add_outcome (other, y, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpstr (aict_outcome_get_meeting_id (y), ==, "m");

  g_object_unref (item);
  g_object_unref (item_again);
  g_object_unref (named_as_meeting);
  g_object_unref (contribution);
  g_object_unref (outcome);
  g_object_unref (y);
  g_object_unref (contribution_y);
  g_assert_finalize_object (meeting);
  g_assert_finalize_object (other);
}

static void
test_meeting_no_id (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictAgendaItem *item = g_object_new (AICT_TYPE_AGENDA_ITEM, "title", "no id", NULL);
  AictContribution *contribution = g_object_new (AICT_TYPE_CONTRIBUTION, NULL);
  AictOutcome *outcome = g_object_new (AICT_TYPE_OUTCOME, NULL);
  GError *error = NULL;

  g_assert_false (aict_meeting_add_agenda_item (meeting, item, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_contribution (meeting, contribution, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (aict_outcome_get_meeting_id (outcome));

  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_agenda (meeting)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_contributions (meeting)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_outcomes (meeting)), ==, 0);

  g_assert_finalize_object (item);
  g_assert_finalize_object (contribution);
  g_assert_finalize_object (outcome);
  g_assert_finalize_object (meeting);
}

static void
test_meeting_lookup (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictAgendaItem *item = aict_agenda_item_new ("m-A", "A");
  AictContribution *contribution = aict_contribution_new ("m-c1", "C");
  AictOutcome *outcome = aict_outcome_new ("m-o1", AICT_OUTCOME_KIND_DECISION, "O");

  g_assert_null (aict_meeting_lookup_agenda_item (meeting, "m-A"));

  g_assert_true (aict_meeting_add_agenda_item (meeting, item, NULL));
  g_assert_true (aict_meeting_add_contribution (meeting, contribution, NULL));
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, NULL));

  g_assert_true (aict_meeting_lookup_agenda_item (meeting, "m-A") == item);
  g_assert_true (aict_meeting_lookup_contribution (meeting, "m-c1") == contribution);
  g_assert_true (aict_meeting_lookup_outcome (meeting, "m-o1") == outcome);

  /* Each lookup finds only its own kind. */
  g_assert_null (aict_meeting_lookup_agenda_item (meeting, "m-c1"));
  g_assert_null (aict_meeting_lookup_agenda_item (meeting, "m-o1"));
  g_assert_null (aict_meeting_lookup_contribution (meeting, "m-A"));
  g_assert_null (aict_meeting_lookup_contribution (meeting, "m-o1"));
  g_assert_null (aict_meeting_lookup_outcome (meeting, "m-A"));
  g_assert_null (aict_meeting_lookup_outcome (meeting, "m-c1"));

  /* Unknown ids, and the meeting's own id. */
  g_assert_null (aict_meeting_lookup_agenda_item (meeting, "nope"));
  g_assert_null (aict_meeting_lookup_contribution (meeting, ""));
  g_assert_null (aict_meeting_lookup_outcome (meeting, "m"));

  g_object_unref (item);
  g_object_unref (contribution);
  g_object_unref (outcome);
  g_assert_finalize_object (meeting);
}

static void
test_meeting_items_freed (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictAgendaItem *item = aict_agenda_item_new ("m-A", "A");
  AictContribution *contribution = aict_contribution_new ("m-c1", "C");
  AictOutcome *outcome = aict_outcome_new ("m-o1", AICT_OUTCOME_KIND_DECISION, "O");
  GListModel *agenda = aict_meeting_get_agenda (meeting);

  g_assert_true (aict_meeting_add_agenda_item (meeting, item, NULL));
  g_assert_true (aict_meeting_add_contribution (meeting, contribution, NULL));
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, NULL));

  g_object_add_weak_pointer (G_OBJECT (item), (gpointer *) &item);
  g_object_add_weak_pointer (G_OBJECT (contribution), (gpointer *) &contribution);
  g_object_add_weak_pointer (G_OBJECT (outcome), (gpointer *) &outcome);
  g_object_add_weak_pointer (G_OBJECT (agenda), (gpointer *) &agenda);

  /* The meeting holds the only references now. */
  g_object_unref (item);
  g_object_unref (contribution);
  g_object_unref (outcome);
  g_assert_nonnull (item);
  g_assert_nonnull (contribution);
  g_assert_nonnull (outcome);

  g_assert_finalize_object (meeting);
  g_assert_null (item);
  g_assert_null (contribution);
  g_assert_null (outcome);
  g_assert_null (agenda);
}

static void
test_meeting_dataset (void)
{
  AictDataset *dataset = aict_dataset_new ();
  AictActor *actor = aict_actor_new ("dordogne", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);
  AictMeeting *meeting = aict_meeting_new ("m1", "M1", NULL);
  AictMeeting *other = aict_meeting_new ("m2", "M2", NULL);
  AictMeeting *loose = aict_meeting_new ("m3", "M3", NULL);
  AictAgendaItem *clash = aict_agenda_item_new ("dordogne", "Clashes with an actor");
  AictAgendaItem *item = aict_agenda_item_new ("m1-A", "A");
  AictAgendaItem *item_again = aict_agenda_item_new ("m1-A", "A in another meeting");
  AictOutcome *outcome = aict_outcome_new ("m1-o1", AICT_OUTCOME_KIND_ACTION, "O");
  GError *error = NULL;

  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (actor), &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (meeting), &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (other), &error));
  g_assert_no_error (error);

  /* An id taken elsewhere in the dataset. */
  g_assert_false (aict_meeting_add_agenda_item (meeting, clash, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_agenda (meeting)), ==, 0);

  /* Items added to a meeting of a dataset join the dataset's index… */
  g_assert_true (aict_meeting_add_agenda_item (meeting, item, &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_lookup (dataset, "m1-A") == AICT_ENTITY (item));
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_lookup_outcome (dataset, "m1-o1") == outcome);

  /* …so another meeting of the dataset cannot reuse their ids… */
  g_assert_false (aict_meeting_add_agenda_item (other, item_again, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* …and an item of a dataset cannot move to a meeting outside it. */
  g_assert_false (aict_meeting_add_agenda_item (loose, item, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (actor);
  g_assert_finalize_object (meeting);
  g_assert_finalize_object (other);
  g_assert_finalize_object (loose);
  g_assert_finalize_object (clash);
  g_assert_finalize_object (item);
  g_assert_finalize_object (item_again);
  g_assert_finalize_object (outcome);
}

static void
test_meeting_precondition (void)
{
  AictMeeting *meeting = aict_meeting_new ("m", "M", NULL);
  AictAgendaItem *item = aict_agenda_item_new ("i", "I");
  GError *error = g_error_new_literal (AICT_ERROR, AICT_ERROR_FAILED, "already set");

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_MEETING*");
  g_assert_null (aict_meeting_get_title (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_MEETING*");
  g_assert_null (aict_meeting_get_agenda (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_MEETING*");
  g_assert_null (aict_meeting_get_organisers (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_MEETING*");
  g_assert_false (aict_meeting_add_agenda_item (NULL, item, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_AGENDA_ITEM*");
  g_assert_false (aict_meeting_add_agenda_item (meeting, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_CONTRIBUTION*");
  g_assert_false (aict_meeting_add_contribution (meeting, (AictContribution *) item, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_OUTCOME*");
  g_assert_false (aict_meeting_add_outcome (meeting, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*error == NULL || *error == NULL*");
  g_assert_false (aict_meeting_add_agenda_item (meeting, item, &error));
  g_test_assert_expected_messages ();
  g_assert_error (error, AICT_ERROR, AICT_ERROR_FAILED);
  g_clear_error (&error);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (aict_meeting_lookup_outcome (meeting, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*attendance != NULL*");
  aict_meeting_add_attendance (meeting, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_agenda (meeting)), ==, 0);
  g_assert_finalize_object (item);
  g_assert_finalize_object (meeting);
}

/* ---------------------------------------------------------------- Records */

static gpointer
boxed_round_trip (GType         type,
                  gconstpointer boxed)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) copy = G_VALUE_INIT;
  gpointer dup;

  g_assert_true (G_TYPE_IS_BOXED (type));

  g_value_init (&value, type);
  g_value_set_boxed (&value, boxed);
  g_assert_nonnull (g_value_get_boxed (&value));
  g_assert_true (g_value_get_boxed (&value) != boxed);

  g_value_init (&copy, type);
  g_value_copy (&value, &copy);
  dup = g_value_dup_boxed (&copy);
  g_assert_true (dup != g_value_get_boxed (&copy));

  return dup;
}

static void
test_record_identifier (void)
{
  g_autoptr(AictIdentifier) identifier = aict_identifier_new ("siren", "222400012");
  g_autoptr(AictIdentifier) copy = aict_identifier_copy (identifier);
  g_autoptr(AictIdentifier) dup = boxed_round_trip (AICT_TYPE_IDENTIFIER, identifier);

  g_assert_cmpstr (g_type_name (AICT_TYPE_IDENTIFIER), ==, "AictIdentifier");
  g_assert_cmpstr (aict_identifier_get_scheme (identifier), ==, "siren");
  g_assert_cmpstr (aict_identifier_get_value (identifier), ==, "222400012");
  g_assert_true (copy != identifier);
  g_assert_cmpstr (aict_identifier_get_scheme (copy), ==, "siren");
  g_assert_cmpstr (aict_identifier_get_value (copy), ==, "222400012");
  g_assert_true (aict_identifier_get_value (copy) != aict_identifier_get_value (identifier));
  g_assert_cmpstr (aict_identifier_get_scheme (dup), ==, "siren");
  g_assert_cmpstr (aict_identifier_get_value (dup), ==, "222400012");

  aict_identifier_free (NULL);
}

static void
test_record_affiliation (void)
{
  g_autoptr(AictPartialDate) start = aict_partial_date_new (2008, 0, 0);
  g_autoptr(AictPartialDate) end = aict_partial_date_new (2016, 6, 30);
  g_autoptr(AictAffiliation) affiliation = aict_affiliation_new_full ("dordogne", "Chargée de mission", start, end);
  g_autoptr(AictAffiliation) bare = aict_affiliation_new ("cuf");
  g_autoptr(AictAffiliation) copy = aict_affiliation_copy (affiliation);
  g_autoptr(AictAffiliation) dup = boxed_round_trip (AICT_TYPE_AFFILIATION, affiliation);

  g_assert_cmpstr (aict_affiliation_get_actor_id (affiliation), ==, "dordogne");
  g_assert_cmpstr (aict_affiliation_get_post (affiliation), ==, "Chargée de mission");
  /* Dates are immutable: a copy shares the value. */
  g_assert_true (aict_affiliation_get_start (affiliation) == start);
  g_assert_true (aict_partial_date_equal (aict_affiliation_get_start (affiliation), start));
  g_assert_true (aict_partial_date_equal (aict_affiliation_get_end (affiliation), end));

  g_assert_cmpstr (aict_affiliation_get_actor_id (bare), ==, "cuf");
  g_assert_null (aict_affiliation_get_post (bare));
  g_assert_null (aict_affiliation_get_start (bare));
  g_assert_null (aict_affiliation_get_end (bare));

  g_assert_true (copy != affiliation);
  g_assert_true (aict_affiliation_get_start (copy) == aict_affiliation_get_start (affiliation));  /* shared: dates are immutable */
  g_assert_cmpstr (aict_affiliation_get_post (copy), ==, "Chargée de mission");
  g_assert_true (aict_partial_date_equal (aict_affiliation_get_end (copy), end));
  g_assert_cmpstr (aict_affiliation_get_actor_id (dup), ==, "dordogne");
  g_assert_true (aict_partial_date_equal (aict_affiliation_get_start (dup), start));

  aict_affiliation_free (NULL);
}

static void
test_record_participant (void)
{
  g_autoptr(AictParticipant) participant = aict_participant_new_full ("matam", AICT_PARTICIPANT_ROLE_PARTNER,
                                                                 "Conseil départemental");
  g_autoptr(AictParticipant) copy = aict_participant_copy (participant);
  g_autoptr(AictParticipant) dup = boxed_round_trip (AICT_TYPE_PARTICIPANT, participant);

  g_assert_cmpstr (aict_participant_get_actor_id (participant), ==, "matam");
  g_assert_cmpint (aict_participant_get_role (participant), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_participant_get_notes (participant), ==, "Conseil départemental");
  g_assert_true (copy != participant);
  g_assert_cmpstr (aict_participant_get_actor_id (copy), ==, "matam");
  g_assert_cmpint (aict_participant_get_role (copy), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_participant_get_notes (copy), ==, "Conseil départemental");
  g_assert_cmpint (aict_participant_get_role (dup), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_participant_get_notes (dup), ==, "Conseil départemental");

  aict_participant_free (NULL);
}

static void
test_record_component (void)
{
  char *themes[] = { g_strdup ("water"), g_strdup ("health"), NULL };
  const char * const expected[] = { "water", "health", NULL };
  const char * const empty[] = { NULL };
  g_autoptr(AictComponent) component = aict_component_new_full ("Eau", (const char * const *) themes, "volet 1");
  g_autoptr(AictComponent) none = aict_component_new ("Gouvernance");
  g_autoptr(AictComponent) empty_themes = aict_component_new_full ("Culture", empty, NULL);
  g_autoptr(AictComponent) copy = NULL;
  g_autoptr(AictComponent) dup = NULL;

  g_free (themes[0]);      /* the component kept a copy */
  g_free (themes[1]);

  g_assert_cmpstr (aict_component_get_title (component), ==, "Eau");
  g_assert_true (g_strv_equal (aict_component_get_themes (component), expected));
  g_assert_cmpstr (aict_component_get_notes (component), ==, "volet 1");
  g_assert_nonnull (aict_component_get_themes (none));
  g_assert_null (aict_component_get_themes (none)[0]);
  g_assert_null (aict_component_get_notes (none));
  g_assert_null (aict_component_get_themes (empty_themes)[0]);

  copy = aict_component_copy (component);
  g_assert_true (copy != component);
  g_assert_true (aict_component_get_themes (copy) != aict_component_get_themes (component));
  g_assert_true (g_strv_equal (aict_component_get_themes (copy), expected));
  dup = boxed_round_trip (AICT_TYPE_COMPONENT, component);
  g_assert_cmpstr (aict_component_get_title (dup), ==, "Eau");
  g_assert_true (g_strv_equal (aict_component_get_themes (dup), expected));

  aict_component_free (NULL);
}

static void
test_record_funder (void)
{
  g_autoptr(AictAmount) amount = aict_amount_new (2100000, "EUR");
  g_autoptr(AictFunder) funder = aict_funder_new_full ("maedi", 3350, amount);
  g_autoptr(AictFunder) share_only = aict_funder_new_full ("dordogne", 7000, NULL);
  g_autoptr(AictFunder) copy = aict_funder_copy (funder);
  g_autoptr(AictFunder) dup = boxed_round_trip (AICT_TYPE_FUNDER, funder);

  g_assert_cmpstr (aict_funder_get_actor_id (funder), ==, "maedi");
  g_assert_cmpint (aict_funder_get_share (funder), ==, 3350);
  g_assert_true (aict_amount_equal (aict_funder_get_amount (funder), amount));
  g_assert_null (aict_funder_get_amount (share_only));
  g_assert_cmpint (aict_funder_get_share (share_only), ==, 7000);

  g_assert_true (copy != funder);
  g_assert_cmpint (aict_funder_get_share (copy), ==, 3350);
  g_assert_true (aict_amount_equal (aict_funder_get_amount (copy), amount));
  g_assert_cmpstr (aict_funder_get_actor_id (dup), ==, "maedi");
  g_assert_true (aict_amount_equal (aict_funder_get_amount (dup), amount));

  aict_funder_free (NULL);
}

static void
test_record_place (void)
{
  g_autoptr(AictPlace) place = aict_place_new_full ("Maison des Suds", "12 esplanade des Antilles",
                                               "33600", "Pessac", "FR");
  g_autoptr(AictPlace) nowhere = aict_place_new (NULL);
  g_autoptr(AictPlace) copy = aict_place_copy (place);
  g_autoptr(AictPlace) dup = boxed_round_trip (AICT_TYPE_PLACE, place);

  g_assert_cmpstr (aict_place_get_name (place), ==, "Maison des Suds");
  g_assert_cmpstr (aict_place_get_address (place), ==, "12 esplanade des Antilles");
  g_assert_cmpstr (aict_place_get_postal_code (place), ==, "33600");
  g_assert_cmpstr (aict_place_get_locality (place), ==, "Pessac");
  g_assert_cmpstr (aict_place_get_country (place), ==, "FR");
  g_assert_null (aict_place_get_name (nowhere));
  g_assert_null (aict_place_get_address (nowhere));
  g_assert_null (aict_place_get_postal_code (nowhere));
  g_assert_null (aict_place_get_locality (nowhere));
  g_assert_null (aict_place_get_country (nowhere));

  g_assert_true (copy != place);
  g_assert_true (place_equal (copy, place));
  g_assert_true (place_equal (dup, place));
  g_assert_false (place_equal (nowhere, place));

  aict_place_free (NULL);
}

static void
test_record_attendance (void)
{
  g_autoptr(AictAttendance) attendance = aict_attendance_new_full ("vcoustillas", AICT_ATTENDANCE_STATUS_ABSENT,
                                                              AICT_ATTENDANCE_ROLE_ORGANISER, "dordogne");
  g_autoptr(AictAttendance) copy = aict_attendance_copy (attendance);
  g_autoptr(AictAttendance) dup = boxed_round_trip (AICT_TYPE_ATTENDANCE, attendance);

  g_assert_cmpstr (aict_attendance_get_person_id (attendance), ==, "vcoustillas");
  g_assert_cmpint (aict_attendance_get_status (attendance), ==, AICT_ATTENDANCE_STATUS_ABSENT);
  g_assert_cmpint (aict_attendance_get_role (attendance), ==, AICT_ATTENDANCE_ROLE_ORGANISER);
  g_assert_cmpstr (aict_attendance_get_representing_id (attendance), ==, "dordogne");

  g_assert_true (copy != attendance);
  g_assert_cmpstr (aict_attendance_get_person_id (copy), ==, "vcoustillas");
  g_assert_cmpint (aict_attendance_get_status (copy), ==, AICT_ATTENDANCE_STATUS_ABSENT);
  g_assert_cmpint (aict_attendance_get_role (copy), ==, AICT_ATTENDANCE_ROLE_ORGANISER);
  g_assert_cmpstr (aict_attendance_get_representing_id (copy), ==, "dordogne");
  g_assert_cmpstr (aict_attendance_get_person_id (dup), ==, "vcoustillas");
  g_assert_cmpint (aict_attendance_get_role (dup), ==, AICT_ATTENDANCE_ROLE_ORGANISER);

  aict_attendance_free (NULL);
}

static void
test_record_precondition (void)
{
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*scheme != NULL*");
  g_assert_null (aict_identifier_new (NULL, "1"));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*actor_id != NULL*");
  g_assert_null (aict_affiliation_new (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*role <= *");
  g_assert_null (aict_participant_new_full ("a", (AictParticipantRole) 99, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*title != NULL*");
  g_assert_null (aict_component_new (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*share >= -1*");
  g_assert_null (aict_funder_new_full ("a", -2, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*person_id != NULL*");
  g_assert_null (aict_attendance_new (NULL, AICT_ATTENDANCE_STATUS_PRESENT, AICT_ATTENDANCE_ROLE_PARTICIPANT));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_place_get_name (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_component_copy (NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/entities/pspec-flags", test_entities_pspec_flags);

  g_test_add_func ("/aict/actor/construct", test_actor_construct);
  g_test_add_func ("/aict/actor/properties", test_actor_properties);
  g_test_add_func ("/aict/actor/identifiers", test_actor_identifiers);
  g_test_add_func ("/aict/actor/precondition", test_actor_precondition);

  g_test_add_func ("/aict/source/construct", test_source_construct);
  g_test_add_func ("/aict/source/properties", test_source_properties);
  g_test_add_func ("/aict/source/precondition", test_source_precondition);

  g_test_add_func ("/aict/person/construct", test_person_construct);
  g_test_add_func ("/aict/person/properties", test_person_properties);
  g_test_add_func ("/aict/person/affiliations", test_person_affiliations);
  g_test_add_func ("/aict/person/precondition", test_person_precondition);

  g_test_add_func ("/aict/partnership/construct", test_partnership_construct);
  g_test_add_func ("/aict/partnership/properties", test_partnership_properties);
  g_test_add_func ("/aict/partnership/participants", test_partnership_participants);
  g_test_add_func ("/aict/partnership/components", test_partnership_components);
  g_test_add_func ("/aict/partnership/has-theme", test_partnership_has_theme);
  g_test_add_func ("/aict/partnership/has-country", test_partnership_has_country);
  g_test_add_func ("/aict/partnership/precondition", test_partnership_precondition);

  g_test_add_func ("/aict/budget/construct", test_budget_construct);
  g_test_add_func ("/aict/budget/properties", test_budget_properties);
  g_test_add_func ("/aict/budget/staff-fte", test_budget_staff_fte);
  g_test_add_func ("/aict/budget/funders", test_budget_funders);
  g_test_add_func ("/aict/budget/precondition", test_budget_precondition);

  g_test_add_func ("/aict/agenda-item/construct", test_agenda_item_construct);
  g_test_add_func ("/aict/agenda-item/properties", test_agenda_item_properties);
  g_test_add_func ("/aict/agenda-item/precondition", test_agenda_item_precondition);

  g_test_add_func ("/aict/contribution/construct", test_contribution_construct);
  g_test_add_func ("/aict/contribution/properties", test_contribution_properties);
  g_test_add_func ("/aict/contribution/precondition", test_contribution_precondition);

  g_test_add_func ("/aict/outcome/construct", test_outcome_construct);
  g_test_add_func ("/aict/outcome/properties", test_outcome_properties);
  g_test_add_func ("/aict/outcome/meeting-id", test_outcome_meeting_id);
  g_test_add_func ("/aict/outcome/precondition", test_outcome_precondition);

  g_test_add_func ("/aict/meeting/construct", test_meeting_construct);
  g_test_add_func ("/aict/meeting/properties", test_meeting_properties);
  g_test_add_func ("/aict/meeting/attendance", test_meeting_attendance);
  g_test_add_func ("/aict/meeting/agenda", test_meeting_agenda);
  g_test_add_func ("/aict/meeting/contributions", test_meeting_contributions);
  g_test_add_func ("/aict/meeting/outcomes", test_meeting_outcomes);
  g_test_add_func ("/aict/meeting/duplicate-id", test_meeting_duplicate_id);
  g_test_add_func ("/aict/meeting/no-id", test_meeting_no_id);
  g_test_add_func ("/aict/meeting/lookup", test_meeting_lookup);
  g_test_add_func ("/aict/meeting/items-freed", test_meeting_items_freed);
  g_test_add_func ("/aict/meeting/dataset", test_meeting_dataset);
  g_test_add_func ("/aict/meeting/precondition", test_meeting_precondition);

  g_test_add_func ("/aict/records/identifier", test_record_identifier);
  g_test_add_func ("/aict/records/affiliation", test_record_affiliation);
  g_test_add_func ("/aict/records/participant", test_record_participant);
  g_test_add_func ("/aict/records/component", test_record_component);
  g_test_add_func ("/aict/records/funder", test_record_funder);
  g_test_add_func ("/aict/records/place", test_record_place);
  g_test_add_func ("/aict/records/attendance", test_record_attendance);
  g_test_add_func ("/aict/records/precondition", test_record_precondition);

  return g_test_run ();
}
