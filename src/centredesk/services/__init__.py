"""What a person can do, and who may do it; transactions and the audit log live here."""
