// SPDX-License-Identifier: MIT
// The one place that names the Catch2 header, so moving to Catch2 v3 is a one-file change.
#pragma once
#include <catch2/catch.hpp>
