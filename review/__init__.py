"""The clerks' review page: FastAPI + Jinja2 + htmx (vendored in static/), served by `vanban review`.

    review.app.create_app(db_url)      the application (routes_auth, routes_pages, routes_admin)
    review.cli.serve(args) / users(args)   the `vanban review` and `vanban users` commands
    review.learned                     clerks' word corrections -> dictionaries/learned.tsv
    review.demo                        invented scanned reports to try the page on
"""
