from django.urls import path

from opendata import views

app_name = "opendata"
urlpatterns = [path("", views.data_page, name="data")]
