update ghl_sync_leases
set renewed_at = now()
where owner = any(:owners)
