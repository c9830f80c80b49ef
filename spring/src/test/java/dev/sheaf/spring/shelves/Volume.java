package dev.sheaf.spring.shelves;

import dev.sheaf.Projection;

@Projection(table = "volume", key = "volume_no")
public record Volume(long volumeNo, String label) {}
