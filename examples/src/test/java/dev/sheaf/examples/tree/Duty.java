package dev.sheaf.examples.tree;

import dev.sheaf.Projection;

@Projection(table = "duty", key = "duty_id")
public record Duty(long dutyId, String title) {}
