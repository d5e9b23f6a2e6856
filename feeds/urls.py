from django.urls import path

from feeds.feeds import ExchangeAtomFeed, ExchangeRssFeed

app_name = "feeds"
urlpatterns = [
    path("rss/", ExchangeRssFeed(), name="rss"),
    path("atom/", ExchangeAtomFeed(), name="atom"),
]
