show fsync
