"""The Session page's views: picker, running session, check-in, balance test."""
