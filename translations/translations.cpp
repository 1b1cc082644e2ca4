// The .qm files of this library are compiled in as resources (":/i18n/deliverydesk_<lang>.qm");
// this translation unit only gives the static library an object to hold them.
namespace DeliveryDeskTranslations {
int version()
{
    return 1;
}
} // namespace DeliveryDeskTranslations
