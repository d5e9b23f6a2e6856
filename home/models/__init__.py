"""What every page shares (SitePage), the strategic plan's taxonomy, and the home page."""

from .base_page import SitePage
from .home_page import HomeFeaturedStory, HomeFeaturedToolkit, HomePage
from .taxonomy import Sector, TargetGroup, Theme, WorkAxis

__all__ = [
    "HomeFeaturedStory",
    "HomeFeaturedToolkit",
    "HomePage",
    "Sector",
    "SitePage",
    "TargetGroup",
    "Theme",
    "WorkAxis",
]
