"""Referral slips and other PDFs (ReportLab). Turns domain objects into PDF bytes; never queries
the database."""
