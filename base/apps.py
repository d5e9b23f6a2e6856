from django.apps import AppConfig


class BaseConfig(AppConfig):
    """What every page shares: abstract pages, blocks, geography, language versions, sitemap."""

    name = "base"

    def ready(self):
        from django.conf import settings

        from compat.django import load_catalogues_of
        from compat.modelsearch import rank_sqlite_search_once
        from compat.wagtail import (
            count_page_search_results_by_their_types,
            keep_block_definitions,
            reverse_page_button_urls_by_pattern,
            share_site_root_paths_in_page_listings,
            write_admin_buttons,
            write_admin_formatted_fields,
            write_admin_icons,
        )

        load_catalogues_of(getattr(settings, "CATALOGUE_LOCALES", {}))
        rank_sqlite_search_once()
        keep_block_definitions()
        share_site_root_paths_in_page_listings()
        write_admin_buttons()
        count_page_search_results_by_their_types()
        write_admin_icons()
        write_admin_formatted_fields()
        reverse_page_button_urls_by_pattern()
