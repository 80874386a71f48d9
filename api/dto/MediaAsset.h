// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// MediaAssetDTO: one playable rendition (transcode) of a title.
struct MediaAsset
{
    std::optional<QString> assetType;
    std::optional<QString> materialTitle;
    std::optional<QString> mediaUri;
    std::optional<QString> keyId;
    std::optional<QString> aspectRatio;
    std::optional<qint64> transcodeTypeId;
    std::optional<QString> transcodeTypeDescription;

    static constexpr auto fields()
    {
        using T = MediaAsset;
        return std::tuple {
            Field { "AssetType", &T::assetType },
            Field { "MaterialTitle", &T::materialTitle },
            Field { "MediaUri", &T::mediaUri },
            Field { "KeyId", &T::keyId },
            Field { "AspectRatio", &T::aspectRatio },
            Field { "TranscodeTypeId", &T::transcodeTypeId },
            Field { "TranscodeTypeDescription", &T::transcodeTypeDescription },
        };
    }
    friend bool operator==(const MediaAsset&, const MediaAsset&) = default;
};

} // namespace ff
