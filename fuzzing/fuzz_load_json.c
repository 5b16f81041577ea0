/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz.h"

/* Bytes → dataset, then validation: neither may crash, leak, hang or log a
 * critical, whatever the bytes.  A failed load must say why. */
int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;

  fuzz_set_logging ();

  dataset = aict_dataset_new_from_data_full ((const char *) data, (gssize) size, NULL, &error);
  if (dataset == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == AICT_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  {
    g_autoptr(AictReport) report = aict_dataset_validate (dataset);
    g_assert (report != NULL);
  }

  return 0;
}
