lock table webhook_inbox in share row exclusive mode
