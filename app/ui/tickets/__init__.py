"""The ticket screens: intake, the ticket window and its prompts."""
