"""vanban: scanned, signed Vietnamese administrative documents in, reviewable records out."""
__version__ = "0.1.0"
