"""Partnership Mapper: draw, review and improve the map of a third-sector partnership."""
