package com.example.orders;

import ovc.run.Pipeline;

final class BadId {

    @Pipeline(id = "daily orders", version = "1.0.0")
    public static void main(String[] args) {}
}
