"""PDF slips and certificates, their fonts, and verification codes."""
